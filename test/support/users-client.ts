import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authHeader, type SignedInUser } from './sessions';
import type { TestApp } from './test-app';

/** A data dir of its own, so avatar files of one suite never meet another's. */
export const tempDataDir = (): string => mkdtempSync(join(tmpdir(), 'musicroom-users-'));

export async function befriend(t: TestApp, a: SignedInUser, b: SignedInUser): Promise<void> {
  const sent = await t.http.post('/api/friends/requests').set(...authHeader(a)).send({ userId: b.id }).expect(201);
  await t.http.post(`/api/friends/requests/${(sent.body as { id: string }).id}/accept`).set(...authHeader(b)).expect(200);
}

export async function patchMe(t: TestApp, user: SignedInUser, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  return (await t.http.patch('/api/users/me').set(...authHeader(user)).send(body).expect(200)).body as Record<string, unknown>;
}
