import { z } from 'zod';
import type { Me } from '../../session/use-me';
import type { ProfileUpdate } from './api';

const visibility = z.enum(['public', 'friends', 'private']);
const list = z
  .string()
  .max(2000)
  .refine((v) => splitList(v).length <= 20, 'At most 20 entries.')
  .refine((v) => splitList(v).every((item) => item.length <= 100), 'Each entry can be at most 100 characters.');

export const profileSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter a display name.').max(50, 'Use at most 50 characters.'),
  bio: z.string().max(500, 'Use at most 500 characters.'),
  location: z.string().max(100, 'Use at most 100 characters.'),
  genres: list,
  artists: list,
  visibility: z.object({ displayName: visibility, avatar: visibility, bio: visibility, location: visibility, musicPreferences: visibility }),
});

export type ProfileValues = z.infer<typeof profileSchema>;

/** "jazz, electro ,, soul" → ["jazz", "electro", "soul"] */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export function toFormValues(me: Me): ProfileValues {
  return {
    displayName: me.displayName,
    bio: me.bio ?? '',
    location: me.location ?? '',
    genres: me.musicPreferences.genres.join(', '),
    artists: me.musicPreferences.artists.join(', '),
    visibility: {
      displayName: me.visibility.displayName ?? 'public',
      avatar: me.visibility.avatar ?? 'public',
      bio: me.visibility.bio ?? 'public',
      location: me.visibility.location ?? 'public',
      musicPreferences: me.visibility.musicPreferences ?? 'public',
    },
  };
}

/** Empty text clears a field (null), as the API expects. */
export function toUpdate(values: ProfileValues): ProfileUpdate {
  return {
    displayName: values.displayName.trim(),
    bio: values.bio.trim() || null,
    location: values.location.trim() || null,
    musicPreferences: { genres: splitList(values.genres), artists: splitList(values.artists) },
    visibility: values.visibility,
  };
}

/** Server field paths (e.g. `musicPreferences.genres`) → this form's fields. */
export const serverFieldMap: Record<string, keyof ProfileValues> = {
  displayName: 'displayName',
  bio: 'bio',
  location: 'location',
  'musicPreferences.genres': 'genres',
  'musicPreferences.artists': 'artists',
};
