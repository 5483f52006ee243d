export type ImageKind = 'png' | 'jpeg' | 'webp';

export const AVATAR_SIZE = 512;
const MAX_INPUT_PIXELS = 40_000_000;

/** The image type from the bytes themselves (magic numbers), ignoring any name or header the client sent. */
export function sniffImage(bytes: Buffer): ImageKind | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 12 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP') return 'webp';
  return null;
}

export class UndecodableImageError extends Error {}

/**
 * Decodes and re-encodes an avatar: square, bounded, metadata stripped, always WebP. Re-encoding from
 * pixels is what defeats polyglot files and hidden payloads; nothing of the original bytes survives.
 */
export async function normalizeAvatar(bytes: Buffer): Promise<{ bytes: Buffer; contentType: 'image/webp' }> {
  // Loaded on the first avatar, not at boot: libvips adds about 25 MB to the resident memory of every server.
  const { default: sharp } = await import('sharp');
  try {
    const output = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover', position: 'attention' })
      .webp({ quality: 85 })
      .toBuffer();
    return { bytes: output, contentType: 'image/webp' };
  } catch (error) {
    throw new UndecodableImageError(error instanceof Error ? error.message : String(error));
  }
}
