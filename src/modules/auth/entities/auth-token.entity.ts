import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users';

export const AUTH_TOKEN_PURPOSES = ['verify_email', 'reset_password', 'oauth_login', 'oauth_link', 'oauth_link_confirm'] as const;
export type AuthTokenPurpose = (typeof AUTH_TOKEN_PURPOSES)[number];

/**
 * Single-use, expiring secrets: mail links, OAuth one-time codes, link tickets and link codes (a provider
 * identity waiting for its account owner to confirm the link). Only the hash is stored.
 */
@Entity({ name: 'auth_tokens' })
@Check('CHK_auth_tokens_purpose', `"purpose" IN ('verify_email', 'reset_password', 'oauth_login', 'oauth_link', 'oauth_link_confirm')`)
@Index('IDX_auth_tokens_user_purpose', ['userId', 'purpose'])
export class AuthToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_auth_tokens' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_auth_tokens_user' })
  user?: User;

  @Column({ type: 'text' })
  purpose: AuthTokenPurpose;

  @Index('UQ_auth_tokens_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** oauth_link, oauth_link_confirm: the provider being linked. */
  @Column({ type: 'text', nullable: true })
  provider: string | null;

  /** oauth_link, oauth_link_confirm: the session that asked, which must still be alive when the link is made. */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  /** oauth_link_confirm: the provider's subject id of the identity waiting to be linked. */
  @Column({ type: 'text', nullable: true })
  subject: string | null;

  /** oauth_link_confirm: the provider's email of that identity (informative, copied to the identity). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
