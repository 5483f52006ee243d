/** The caller of an authenticated request, as established by the auth module's guard. */
export interface AuthUser {
  id: string;
  /** The session (refresh-token family) the access token belongs to. */
  sessionId: string;
  emailVerified: boolean;
}

export interface RequestWithUser {
  user?: AuthUser;
  headers: Record<string, string | string[] | undefined>;
}
