import type { PlaylistDto, PlaylistEntryDto } from '../../src/modules/playlists';
import { authHeader, signedInUser } from './sessions';
import type { TestApp } from './test-app';

export const BUNDLED = ['kevin-macleod-monkeys-spinning-monkeys', 'kevin-macleod-sneaky-snitch', 'kevin-macleod-fluffing-a-duck'];
export const bundled = (i: number) => ({ provider: 'bundled', providerTrackId: BUNDLED[i % BUNDLED.length] });

/** A signed-in user and their requests to the playlists API. */
export interface Client {
  id: string;
  /** For a socket (socketFor) as this user. */
  accessToken: string;
  auth: [string, string];
}

/** A user made by the one test factory, signed in on one device. */
export async function signIn(t: TestApp, label: string): Promise<Client> {
  const user = await signedInUser(t, label);
  return { id: user.id, accessToken: user.accessToken, auth: authHeader(user) };
}

export async function createPlaylist(t: TestApp, owner: Client, body: Record<string, unknown> = {}): Promise<PlaylistDto> {
  const res = await t.http.post('/api/playlists').set(...owner.auth).send({ name: 'Mix', ...body }).expect(201);
  return res.body as PlaylistDto;
}

export async function addTrack(t: TestApp, who: Client, playlistId: string, i = 0, extra: Record<string, unknown> = {}): Promise<PlaylistEntryDto> {
  const res = await t.http.post(`/api/playlists/${playlistId}/tracks`).set(...who.auth).send({ ...bundled(i), ...extra }).expect(201);
  return res.body as PlaylistEntryDto;
}

export async function getPlaylist(t: TestApp, who: Client, playlistId: string): Promise<PlaylistDto> {
  return (await t.http.get(`/api/playlists/${playlistId}`).set(...who.auth).expect(200)).body as PlaylistDto;
}

/** Invites through the API and accepts through the invitations inbox, as the invitee would. */
export async function makeMember(t: TestApp, owner: Client, playlistId: string, invitee: Client): Promise<void> {
  const invite = await t.http.post(`/api/playlists/${playlistId}/invitations`).set(...owner.auth).send({ userId: invitee.id }).expect(201);
  await t.http.post(`/api/invitations/${invite.body.id}/accept`).set(...invitee.auth).expect(200);
}
