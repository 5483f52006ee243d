import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fixed-window counter of login attempts for one key (an account's email hash, an (account, IP) pair, or an IP). */
@Entity({ name: 'auth_login_attempts' })
export class AuthLoginAttempt {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_auth_login_attempts' })
  key: string;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt: Date;

  /** When the last attempt was counted: progressive delays run from it. */
  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;
}
