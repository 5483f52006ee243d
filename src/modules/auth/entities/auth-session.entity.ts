import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users';

/** A sign-in on one device: a family of rotating refresh tokens. Its id is the `sid` of access tokens. */
@Entity({ name: 'auth_sessions' })
@Index('IDX_auth_sessions_user_id', ['userId'])
export class AuthSession {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_auth_sessions' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_auth_sessions_user' })
  user?: User;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_refreshed_at', type: 'timestamptz', default: () => 'now()' })
  lastRefreshedAt: Date;

  /** Moves forward on each refresh (the device's lastSeenAt): a session unused for REFRESH_TOKEN_TTL_DAYS ends. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  /** X-Client-Platform (web, ios, …) as last reported by this device. */
  @Column({ type: 'text', nullable: true })
  platform: string | null;

  /** X-Client-Device: a model name such as "iPhone 15" or "Chrome on macOS". */
  @Column({ name: 'device_name', type: 'text', nullable: true })
  deviceName: string | null;

  @Column({ name: 'app_version', type: 'text', nullable: true })
  appVersion: string | null;
}
