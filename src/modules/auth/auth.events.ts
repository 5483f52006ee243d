export interface SessionsRevoked {
  userId: string;
  sessionIds: string[];
  reason: string;
}

/** Someone asked for a mail about this address; whether it has an account is found out off the request path. */
export interface MailRequested {
  email: string;
}

declare module '../../common/events/domain-events' {
  interface DomainEvents {
    /** POST /auth/forgot-password was answered; the reset mail (if any) is prepared after the answer. */
    'auth.password_reset_requested': MailRequested;
    /** POST /auth/resend-verification was answered; the verification mail (if any) is prepared after the answer. */
    'auth.verification_resend_requested': MailRequested;
    /** Sessions ended (logout, password reset/change, refresh-token reuse): sockets opened with them must close. */
    'auth.sessions_revoked': SessionsRevoked;
  }
}
