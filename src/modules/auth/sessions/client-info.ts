/** Who is asking, as far as the request tells: recorded on new sessions, used for limits and cookies. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  /** X-Client-Platform: `web` gets its refresh token in an httpOnly cookie instead of the body. */
  platform: string | null;
}
