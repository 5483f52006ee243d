import type { MusicPreferences, ProfileVisibility } from '../profile-visibility';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const USER_PLANS = ['free', 'premium'] as const;
export type UserPlan = (typeof USER_PLANS)[number];

@Entity({ name: 'users' })
@Check('CHK_users_plan', `"plan" IN ('free', 'premium')`)
@Index('IDX_users_display_name_search', ['displayNameSearch', 'id'])
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_users' })
  id: string;

  /** As the user typed it (shown back, used to send mail). */
  @Column({ type: 'text' })
  email: string;

  /** Lower-cased and trimmed: the unique key accounts are found by. */
  @Index('UQ_users_email_normalized', { unique: true })
  @Column({ name: 'email_normalized', type: 'text' })
  emailNormalized: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Null for accounts that only sign in through an OAuth provider. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** Lower-cased, accents stripped (computed in JS, see `searchKey`); byte order so `LIKE 'prefix%'` uses the index. */
  @Column({ name: 'display_name_search', type: 'text', collation: 'C' })
  displayNameSearch: string;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  /** `{ genres: string[], artists: string[] }`; null until first set. */
  @Column({ name: 'music_preferences', type: 'jsonb', nullable: true })
  musicPreferences: MusicPreferences | null;

  /** Per-field visibility overrides; a missing field uses DEFAULT_VISIBILITY. */
  @Column({ name: 'profile_visibility', type: 'jsonb', nullable: true })
  profileVisibility: Partial<ProfileVisibility> | null;

  /** Storage key of the uploaded or generated avatar; null serves the deterministic default. */
  @Column({ name: 'avatar_key', type: 'text', nullable: true })
  avatarKey: string | null;

  @Column({ type: 'text', default: 'free' })
  plan: UserPlan;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
