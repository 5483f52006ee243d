import type { UserPlan } from './entities/user.entity';
import type { MusicPreferences, ProfileVisibility } from './profile-visibility';

/** What other modules (auth) may know about an account. Never sent to a client as is: map it to MeDto. */
export interface UserAccount {
  id: string;
  email: string;
  emailVerified: boolean;
  /** Null when the account signs in only through an OAuth provider. */
  passwordHash: string | null;
  displayName: string;
  plan: UserPlan;
  createdAt: Date;
  bio: string | null;
  location: string | null;
  musicPreferences: MusicPreferences;
  /** Every field's visibility, defaults filled in. */
  visibility: ProfileVisibility;
  /** Storage key of an uploaded or generated avatar; null means the generated default. */
  avatarKey: string | null;
}

export type { Queryable } from '../../infra/database';

/** Trimmed, Unicode-normalised and lower-cased: two spellings of one mailbox find the same account. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}
