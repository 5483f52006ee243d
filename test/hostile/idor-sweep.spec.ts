import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApp, type TestApp } from '../support/test-app';
import { minimalBody } from './support/minimal-body';
import { fillPath, OpenApiModel, type Operation } from './support/openapi-model';
import { ownerParam } from './support/route-params';
import { buildWorld, type World } from './support/world';

/**
 * For every route with an id in its path (read from openapi.json, so new routes are swept automatically), a
 * stranger aiming at the owner's private things gets 404 or 403, never a 2xx, and nothing changes.
 */
const model = new OpenApiModel();
/** Parameters that name no user's resource (a provider, a catalogue track, an audio file). */
const NOT_A_RESOURCE = new Set(['provider', 'providerTrackId', 'file']);
/** Routes that are public by design, with the reason. */
const PUBLIC_BY_DESIGN: Record<string, string> = {
  'get /api/users/{id}': 'a profile card; hidden fields are checked by the profile suites',
  'get /api/users/{id}/avatar': "the avatar is public by default; its visibility is checked by the avatar suites",
};

/** Routes about the caller's own relations: any answer is fine as long as the owner's things stay untouched. */
const CALLER_SCOPED: Record<string, string> = {
  'delete /api/friends/{userId}': "ends the caller's own friendship (idempotent: nothing to end is a 204)",
};

const targets = model
  .operations()
  .filter((op) => op.parameters.some((p) => p.in === 'path' && !NOT_A_RESOURCE.has(p.name)))
  .filter((op) => !PUBLIC_BY_DESIGN[`${op.method} ${op.path}`]);

describe('IDOR sweep: a stranger never reaches the owner’s private resources', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await bootTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('covers every route with an id in openapi.json', () => {
    expect(targets.length).toBeGreaterThan(30);
  });

  it.each(targets.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))('%s', async (_name, op: Operation) => {
    const values: Record<string, string> = {};
    for (const p of op.parameters.filter((x) => x.in === 'path')) {
      const value = ownerParam(world, op.path, p.name);
      expect(value, `route ${op.path}: say in route-params.ts which resource {${p.name}} names`).toBeDefined();
      values[p.name] = value ?? '';
    }
    const before = await world.digest();
    let call = t.http[op.method](fillPath(op.path, values)).set('Authorization', `Bearer ${world.stranger.accessToken}`);
    if (op.jsonBody) call = call.send(minimalBody(model, op.jsonBody, { userId: world.stranger.id }) as object);
    const res = await call;
    const allowed = CALLER_SCOPED[`${op.method} ${op.path}`] ? [204, 403, 404] : [403, 404];
    expect(allowed, `${op.method} ${op.path} answered ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
    expect(await world.digest()).toBe(before);
  });
});
