import { Database } from '../../../src/infra/database';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import type { TestApp } from '../../support/test-app';

const TRACKS = ['kevin-macleod-monkeys-spinning-monkeys', 'kevin-macleod-sneaky-snitch', 'kevin-macleod-fluffing-a-duck'];

/** Tables whose rows a refused request must never change. */
const DOMAIN_TABLES = [
  'users',
  'auth_identities',
  'events',
  'event_entries',
  'event_votes',
  'event_members',
  'event_delegates',
  'playlists',
  'playlist_entries',
  'playlist_members',
  'friend_requests',
  'friendships',
  'invitations',
];

/** One user's resources, by the path parameter names the API uses for them. */
export interface Resources {
  publicEventId: string;
  privateEventId: string;
  /** The private event's join code (joining by code is off unless the owner turns on joinByLink). */
  privateEventCode: string;
  privateEntryId: string;
  publicEntryId: string;
  privatePlaylistId: string;
  privatePlaylistEntryId: string;
  eventInvitationId: string;
  playlistInvitationId: string;
  friendRequestId: string;
  sessionId: string;
}

/**
 * A small world to aim at: the owner has public and private events and playlists with entries, a pending
 * friend request and pending invitations to `invitee`; `stranger` has nothing to do with any of it.
 */
export interface World {
  owner: SignedInUser;
  invitee: SignedInUser;
  stranger: SignedInUser;
  own: Resources;
  digest(): Promise<string>;
}

async function post<T>(t: TestApp, user: SignedInUser, path: string, body: object = {}): Promise<T> {
  const res = await t.http.post(path).set(...authHeader(user)).send(body);
  if (res.status >= 300) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const [owner, invitee, stranger] = [await signedInUser(t, 'owner'), await signedInUser(t, 'invitee'), await signedInUser(t, 'stranger')];
  const publicEvent = await post<{ id: string }>(t, owner, '/api/events', { name: 'Open party', visibility: 'public' });
  const privateEvent = await post<{ id: string; code: string }>(t, owner, '/api/events', { name: 'Secret party', visibility: 'private', voteLicense: 'invited' });
  const publicEntry = await post<{ id: string }>(t, owner, `/api/events/${publicEvent.id}/tracks`, { provider: 'bundled', providerTrackId: TRACKS[0] });
  const privateEntry = await post<{ id: string }>(t, owner, `/api/events/${privateEvent.id}/tracks`, { provider: 'bundled', providerTrackId: TRACKS[1] });
  const privatePlaylist = await post<{ id: string }>(t, owner, '/api/playlists', { name: 'Secret mix', visibility: 'private', editLicense: 'invited' });
  const playlistEntry = await post<{ id: string }>(t, owner, `/api/playlists/${privatePlaylist.id}/tracks`, { provider: 'bundled', providerTrackId: TRACKS[2] });
  const eventInvitation = await post<{ id: string }>(t, owner, `/api/events/${privateEvent.id}/invitations`, { userId: invitee.id });
  const playlistInvitation = await post<{ id: string }>(t, owner, `/api/playlists/${privatePlaylist.id}/invitations`, { userId: invitee.id });
  const friendRequest = await post<{ id: string }>(t, owner, '/api/friends/requests', { userId: invitee.id });
  const db = t.app.get(Database, { strict: false });
  return {
    owner,
    invitee,
    stranger,
    own: {
      publicEventId: publicEvent.id,
      privateEventId: privateEvent.id,
      privateEventCode: privateEvent.code,
      privateEntryId: privateEntry.id,
      publicEntryId: publicEntry.id,
      privatePlaylistId: privatePlaylist.id,
      privatePlaylistEntryId: playlistEntry.id,
      eventInvitationId: eventInvitation.id,
      playlistInvitationId: playlistInvitation.id,
      friendRequestId: friendRequest.id,
      sessionId: owner.sessionId,
    },
    digest: async () => {
      const parts = await Promise.all(
        DOMAIN_TABLES.map(async (table) => {
          const [row] = await db.query<{ digest: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`);
          return `${table}:${row.digest ?? 'empty'}`;
        }),
      );
      return parts.join(',');
    },
  };
}
