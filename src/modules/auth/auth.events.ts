export interface SessionsRevoked {
  userId: string;
  sessionIds: string[];
  reason: string;
}

declare module '../../common/events/domain-events' {
  interface DomainEvents {
    /** Sessions ended (logout, password reset/change, refresh-token reuse): sockets opened with them must close. */
    'auth.sessions_revoked': SessionsRevoked;
  }
}
