import { z } from 'zod';
import type { CreatePlaylistBody } from './api';
import type { Playlist } from './playlist-cache';

export const playlistFormSchema = z.object({
  name: z.string().trim().min(1, 'Give the playlist a name.').max(100, 'At most 100 characters.'),
  description: z.string().max(1000, 'At most 1000 characters.'),
  visibility: z.enum(['public', 'private']),
  editLicense: z.enum(['everyone', 'invited']),
  allowDuplicates: z.boolean(),
});
export type PlaylistFormValues = z.infer<typeof playlistFormSchema>;

/** A new playlist: public, and anyone who can see it edits it (the API's defaults). */
export const emptyPlaylistForm: PlaylistFormValues = { name: '', description: '', visibility: 'public', editLicense: 'everyone', allowDuplicates: true };

export const playlistFormValues = (p: Playlist): PlaylistFormValues => ({
  name: p.name,
  description: p.description,
  visibility: p.visibility,
  editLicense: p.editLicense,
  allowDuplicates: p.allowDuplicates,
});

export const toPlaylistBody = (v: PlaylistFormValues): CreatePlaylistBody => ({ ...v, name: v.name.trim(), description: v.description.trim() });
