import { Playlists } from '../../src/modules/playlists';
import { PlaylistEntriesService } from '../../src/modules/playlists/playlist-entries.service';
import { PlaylistMembersService } from '../../src/modules/playlists/playlist-members.service';
import { Tracks } from '../../src/modules/music';
import { PlaylistsService } from '../../src/modules/playlists/playlists.service';
import { bootServices, type Recorded } from './service-harness';

/** Real slugs of the bundled catalogue (provider `bundled`: always on, no network). */
export const BUNDLED = [
  'kevin-macleod-monkeys-spinning-monkeys',
  'kevin-macleod-sneaky-snitch',
  'kevin-macleod-fluffing-a-duck',
];

const PLAYLIST_EVENTS = [
  'playlist.updated',
  'playlist.track_added',
  'playlist.track_moved',
  'playlist.track_removed',
  'playlist.members_changed',
  'playlist.deleted',
] as const;

export type PlaylistEvent = Recorded<(typeof PLAYLIST_EVENTS)[number]>;

/** The whole app on a fresh database, with the playlists services at hand for service-level tests. */
export async function bootPlaylists(options: Parameters<typeof bootServices>[0] = {}) {
  const base = await bootServices(options);
  const { get } = base;
  const h = {
    ...base,
    playlists: get(PlaylistsService),
    entries: get(PlaylistEntriesService),
    members: get(PlaylistMembersService),
    api: get(Playlists),
    tracks: get(Tracks),

    /** Invites and accepts through the invitations inbox: the only way in. */
    async makeMember(ownerId: string, playlistId: string, userId: string): Promise<void> {
      const { invitation } = await h.members.invite(ownerId, playlistId, userId);
      await h.invitations.accept(userId, invitation.id);
    },

    /** Records every playlist event published from now on (of one playlist when given), until `stop()`. */
    record: (playlistId?: string) => base.recordEvents(PLAYLIST_EVENTS, (payload) => !playlistId || payload.playlistId === playlistId),
  };
  return h;
}

export type PlaylistsHarness = Awaited<ReturnType<typeof bootPlaylists>>;

/** Byte order, as PostgreSQL sorts a COLLATE "C" column. */
export const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Applies the recorded events, in version order, to a starting order of `[entryId, position]`. */
export function replay(initial: Array<[string, string]>, events: PlaylistEvent[]): string[] {
  const positions = new Map(initial);
  for (const { name, payload } of [...events].sort((a, b) => a.payload.version - b.payload.version)) {
    if (name === 'playlist.track_added') positions.set(payload.entry.id, payload.entry.position);
    if (name === 'playlist.track_moved') positions.set(payload.entryId, payload.position);
    if (name === 'playlist.track_removed') positions.delete(payload.entryId);
  }
  return [...positions].sort(([, a], [, b]) => byteOrder(a, b)).map(([id]) => id);
}
