/** Who is asking, as far as the request tells: recorded on new sessions, used for limits and cookies. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  /** X-Client-Platform: `web` gets its refresh token in an httpOnly cookie instead of the body. */
  platform: string | null;
  /** X-Client-Device: a model name such as "iPhone 15" or "Chrome on macOS". */
  deviceName?: string | null;
  /** X-Client-App-Version. */
  appVersion?: string | null;
}

/** Longest value kept of each X-Client-* header: the rest is cut, so a client cannot bloat the sessions table. */
export const CLIENT_HEADER_MAX = { platform: 32, deviceName: 100, appVersion: 32 } as const;

/** A header value as stored: printable characters only, trimmed, cut to `max`; empty → null. */
export function cleanClientHeader(value: string | null | undefined, max: number): string | null {
  if (!value) return null;
  const printable = value.replace(/[^\x20-\x7E\u00A0-\uFFFF]/g, '').trim();
  return printable === '' ? null : printable.slice(0, max);
}
