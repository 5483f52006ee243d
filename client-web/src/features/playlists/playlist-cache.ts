import type { ServerFrames } from '@contracts';
import type { components } from '../../api/schema';

export type Playlist = components['schemas']['PlaylistDto'];
export type PlaylistEntry = components['schemas']['PlaylistEntryDto'];

/** Byte order, as the server sorts fractional index keys (COLLATE "C"), not the locale's order. */
export const comparePositions = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The entries in playlist order: by position, then by id (the server never gives two entries one position). */
export function sortEntries(entries: PlaylistEntry[]): PlaylistEntry[] {
  return [...entries].sort((a, b) => comparePositions(a.position, b.position) || comparePositions(a.id, b.id));
}

export type PlaylistFrame =
  | { name: 'playlist.updated'; frame: ServerFrames['playlist.updated'] }
  | { name: 'playlist.track_added'; frame: ServerFrames['playlist.track_added'] }
  | { name: 'playlist.track_moved'; frame: ServerFrames['playlist.track_moved'] }
  | { name: 'playlist.track_removed'; frame: ServerFrames['playlist.track_removed'] };

type Metadata = ServerFrames['playlist.updated']['playlist'];

/** The shared settings of the frame; `canEdit` follows from them and the viewer's own role (which stays). */
const withSettings = (playlist: Playlist, m: Metadata): Playlist => ({
  ...playlist,
  name: m.name,
  description: m.description,
  visibility: m.visibility,
  editLicense: m.editLicense,
  allowDuplicates: m.allowDuplicates,
  owner: m.owner,
  updatedAt: m.updatedAt,
  canEdit: playlist.myRole !== null || m.editLicense === 'everyone',
});

/** The playlist after one frame (already checked to be the next version). */
export function applyPlaylistFrame(playlist: Playlist, { name, frame }: PlaylistFrame): Playlist {
  const next = { ...playlist, version: frame.version };
  switch (name) {
    case 'playlist.updated':
      return { ...withSettings(next, frame.playlist), version: frame.version };
    case 'playlist.track_added': {
      if (playlist.tracks.some((e) => e.id === frame.entry.id)) return next;
      const tracks = sortEntries([...playlist.tracks, frame.entry]);
      return { ...next, tracks, trackCount: tracks.length };
    }
    case 'playlist.track_moved':
      return { ...next, tracks: sortEntries(playlist.tracks.map((e) => (e.id === frame.entryId ? { ...e, position: frame.position } : e))) };
    case 'playlist.track_removed': {
      const tracks = playlist.tracks.filter((e) => e.id !== frame.entryId);
      return { ...next, tracks, trackCount: tracks.length };
    }
  }
}

/** A sentence for the live region about a change, or null when there is nothing to say. */
export function describePlaylistFrame(before: Playlist, after: Playlist, { name, frame }: PlaylistFrame): string | null {
  switch (name) {
    case 'playlist.updated':
      return before.name === after.name ? 'The playlist’s settings changed.' : `The playlist is now called ${after.name}.`;
    case 'playlist.track_added': {
      const by = frame.entry.addedBy ? ` by ${frame.entry.addedBy.displayName}` : '';
      return `${frame.entry.track.title} was added${by}, at number ${after.tracks.findIndex((e) => e.id === frame.entry.id) + 1}.`;
    }
    case 'playlist.track_moved': {
      const place = after.tracks.findIndex((e) => e.id === frame.entryId);
      const entry = after.tracks[place];
      const was = before.tracks.findIndex((e) => e.id === frame.entryId);
      return entry && place !== was ? `${entry.track.title} moved to number ${place + 1}.` : null;
    }
    case 'playlist.track_removed': {
      const entry = before.tracks.find((e) => e.id === frame.entryId);
      return entry ? `${entry.track.title} was removed.` : null;
    }
  }
}
