const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** A byte count as people read it: 102400 → "100 KB", 2097152 → "2 MB" (powers of 1024). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${UNITS[unit]}`;
}
