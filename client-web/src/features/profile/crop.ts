/** The square of the source image shown in the crop preview: centred, `zoom` ≥ 1 narrows it. Pure, unit-tested. */
export function centerSquare(width: number, height: number, zoom: number): { sx: number; sy: number; size: number } {
  const size = Math.min(width, height) / Math.max(1, zoom);
  return { sx: (width - size) / 2, sy: (height - size) / 2, size };
}

export const AVATAR_PIXELS = 512;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
export const ACCEPTED_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
