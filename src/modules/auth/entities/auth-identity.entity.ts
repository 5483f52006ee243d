import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users';

/** An OAuth account linked to a user, keyed by (provider, the provider's subject id) — never by email. */
@Entity({ name: 'auth_identities' })
@Check('CHK_auth_identities_provider', `"provider" IN ('google', '42')`)
@Index('UQ_auth_identities_provider_subject', ['provider', 'subject'], { unique: true })
@Index('UQ_auth_identities_user_provider', ['userId', 'provider'], { unique: true })
export class AuthIdentity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_auth_identities' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_auth_identities_user' })
  user?: User;

  @Column({ type: 'text' })
  provider: string;

  @Column({ type: 'text' })
  subject: string;

  /** The provider's email when linked (informative only). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
