import { expect } from 'vitest';
import type { PlaylistDto, PlaylistEntryDto } from '../../src/modules/playlists';
import { bearer, registerVerified, uniqueEmail, type SessionBody } from './auth-client';
import type { SmtpCapture } from './smtp-capture';
import type { TestApp } from './test-app';

export const BUNDLED = ['kevin-macleod-monkeys-spinning-monkeys', 'kevin-macleod-sneaky-snitch', 'kevin-macleod-fluffing-a-duck'];
export const bundled = (i: number) => ({ provider: 'bundled', providerTrackId: BUNDLED[i % BUNDLED.length] });

/** A signed-in user and their requests to the playlists API. */
export interface Client {
  id: string;
  session: SessionBody;
  auth: [string, string];
}

export async function signIn(t: TestApp, smtp: SmtpCapture, label: string): Promise<Client> {
  const session = await registerVerified(t, smtp, uniqueEmail(label));
  return { id: session.user.id, session, auth: bearer(session) };
}

/** Expects the contract error body with this status and code. */
export function expectError(res: { status: number; body: Record<string, unknown> }, status: number, code: string): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.body.statusCode).toBe(status);
  expect(typeof res.body.requestId).toBe('string');
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
