/** Who may see a profile field. */
export const VISIBILITIES = ['public', 'friends', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const PROFILE_FIELDS = ['displayName', 'avatar', 'bio', 'location', 'musicPreferences'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileVisibility = Record<ProfileField, Visibility>;

export const DEFAULT_VISIBILITY: ProfileVisibility = {
  displayName: 'public',
  avatar: 'public',
  bio: 'friends',
  location: 'friends',
  musicPreferences: 'friends',
};

export interface MusicPreferences {
  genres: string[];
  artists: string[];
}

/** How the viewer stands towards the profile's owner. */
export type Relation = 'self' | 'friend' | 'stranger';

/** Everything a profile holds, before filtering. */
export interface Profile {
  id: string;
  displayName: string;
  bio: string | null;
  location: string | null;
  musicPreferences: MusicPreferences;
  hasAvatar: boolean;
  visibility: ProfileVisibility;
}

/** A profile as one viewer may see it: a field they may not see is absent, never null-with-a-hint. */
export interface VisibleProfile {
  id: string;
  displayName?: string;
  avatarUrl?: string;
  bio?: string | null;
  location?: string | null;
  musicPreferences?: MusicPreferences;
}

export const avatarUrlOf = (userId: string): string => `/api/users/${userId}/avatar`;

export function withDefaults(stored: Partial<ProfileVisibility> | null | undefined): ProfileVisibility {
  return { ...DEFAULT_VISIBILITY, ...(stored ?? {}) };
}

export function canSee(visibility: Visibility, relation: Relation): boolean {
  if (relation === 'self') return true;
  if (visibility === 'public') return true;
  return visibility === 'friends' && relation === 'friend';
}

/**
 * THE filter: every read path of another user's profile (profile page, search, friend lists, the user
 * cards events and playlists show, the avatar image) goes through here.
 */
export function visibleProfile(profile: Profile, relation: Relation): VisibleProfile {
  const may = (field: ProfileField) => canSee(profile.visibility[field], relation);
  const view: VisibleProfile = { id: profile.id };
  if (may('displayName')) view.displayName = profile.displayName;
  if (may('avatar')) view.avatarUrl = avatarUrlOf(profile.id);
  if (may('bio')) view.bio = profile.bio;
  if (may('location')) view.location = profile.location;
  if (may('musicPreferences')) view.musicPreferences = profile.musicPreferences;
  return view;
}

/** Search key of a display name: NFKD, combining marks removed, lower-cased, spaces collapsed. */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
