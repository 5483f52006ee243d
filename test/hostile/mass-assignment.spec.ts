import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApp, type TestApp } from '../support/test-app';
import { minimalBody } from './support/minimal-body';
import { fillPath, OpenApiModel } from './support/openapi-model';
import { ownerParam } from './support/route-params';
import { buildWorld, type World } from './support/world';

/**
 * Fields a client must never set (ownership, plan, roles, versions, verification) are refused on every write
 * that takes a JSON body, naming the field, and nothing is stored.
 */
const model = new OpenApiModel();
const FORBIDDEN = { ownerId: '00000000-0000-4000-8000-000000000000', plan: 'premium', role: 'owner', version: 999, emailVerified: true, isAdmin: true, createdAt: '2000-01-01T00:00:00.000Z' };

/** Webhooks are not client writes: they are verified by the payment provider's signature on the raw body. */
const writes = model.operations().filter((op) => op.jsonBody && op.method !== 'get' && !op.path.includes('webhook'));
const cases = writes.flatMap((op) =>
  Object.entries(FORBIDDEN)
    .filter(([field]) => !op.jsonBody?.properties?.[field] && !model.resolve(op.jsonBody ?? {}).properties?.[field])
    .map(([field, value]) => [`${op.method.toUpperCase()} ${op.path} refuses ${field}`, op, field, value] as const),
);

describe('mass assignment: extra fields are refused on every write', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await bootTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_AUTH_PER_MINUTE: '0' } });
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('covers every write with a JSON body', () => {
    expect(writes.length).toBeGreaterThan(25);
  });

  it.each(cases)('%s', async (_name, op, field, value) => {
    const values = Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, ownerParam(world, op.path, p.name) ?? 'x']));
    const body = { ...(minimalBody(model, op.jsonBody ?? {}, { userId: world.invitee.id }) as object), [field]: value };
    const before = await world.digest();
    const res = await t.http[op.method](fillPath(op.path, values)).set('Authorization', `Bearer ${world.owner.accessToken}`).send(body);
    expect(res.status, `${op.method} ${op.path} with ${field}: ${JSON.stringify(res.body)}`).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(JSON.stringify(res.body.details)).toContain(field);
    expect(await world.digest()).toBe(before);
  });
});
