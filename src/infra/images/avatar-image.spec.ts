import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AVATAR_SIZE, normalizeAvatar, sniffImage, UndecodableImageError } from './avatar-image';

const png = () => sharp({ create: { width: 900, height: 600, channels: 3, background: '#3366ff' } }).png().withMetadata({ exif: { IFD0: { Copyright: 'secret-exif' } } }).toBuffer();

describe('avatar images', () => {
  it('recognises png, jpeg and webp from their bytes only', async () => {
    const base = sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } });
    expect(sniffImage(await base.clone().png().toBuffer())).toBe('png');
    expect(sniffImage(await base.clone().jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImage(await base.clone().webp().toBuffer())).toBe('webp');
    expect(sniffImage(Buffer.from('definitely not an image, even if named .png'))).toBeNull();
    expect(sniffImage(Buffer.from('GIF89a'))).toBeNull();
  });

  it('re-encodes to a bounded square WebP without the original metadata', async () => {
    const input = await png();
    const { bytes, contentType } = await normalizeAvatar(input);
    const meta = await sharp(bytes).metadata();
    expect(contentType).toBe('image/webp');
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', AVATAR_SIZE, AVATAR_SIZE]);
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('secret-exif'))).toBe(false);
  });

  it('rejects bytes with a valid signature that do not decode', async () => {
    const truncated = (await png()).subarray(0, 40);
    expect(sniffImage(truncated)).toBe('png');
    await expect(normalizeAvatar(truncated)).rejects.toBeInstanceOf(UndecodableImageError);
  });
});
