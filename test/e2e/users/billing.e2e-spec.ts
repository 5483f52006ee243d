import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cli';
import { signatureHeader } from '../../../src/modules/billing';
import { capturedOutput, cliContextOf } from '../../support/cli-context';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { expectError, tempDataDir } from '../../support/users-client';

const SECRET = 'whsec_test';

describe(`premium plan through billing only (${databaseKind()})`, () => {
  let t: TestApp;
  let me: SignedInUser;
  const plan = async () => ((await t.http.get('/api/users/me').set(...authHeader(me)).expect(200)).body as { plan: string }).plan;
  const deliver = (event: object, options: { secret?: string; timestamp?: number } = {}) => {
    const raw = JSON.stringify(event);
    return t.http
      .post('/api/billing/webhook')
      .set('Content-Type', 'application/json')
      .set('MusicRoom-Signature', signatureHeader(options.secret ?? SECRET, raw, options.timestamp))
      .send(raw);
  };

  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir(), BILLING_WEBHOOK_SECRET: SECRET } });
    me = await signedInUser(t, 'payer');
  });
  afterAll(() => t?.close());

  it('cannot be changed through PATCH /users/me', async () => {
    expectError(await t.http.patch('/api/users/me').set(...authHeader(me)).send({ plan: 'premium' }), 400, 'VALIDATION_FAILED');
    expect(await plan()).toBe('free');
  });

  it('refuses a bad, missing or stale signature with 401 and changes nothing', async () => {
    const event = { id: 'evt_bad', type: 'subscription.activated', data: { userId: me.id } };
    expectError(await deliver(event, { secret: 'wrong' }), 401, 'INVALID_SIGNATURE');
    expectError(await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 600 }), 401, 'INVALID_SIGNATURE');
    expectError(await t.http.post('/api/billing/webhook').send(event), 401, 'INVALID_SIGNATURE');
    // A valid signature of other bytes: the body was tampered with on the way.
    const header = signatureHeader(SECRET, JSON.stringify({ ...event, data: { userId: '00000000-0000-4000-8000-000000000000' } }));
    expectError(await t.http.post('/api/billing/webhook').set('Content-Type', 'application/json').set('MusicRoom-Signature', header).send(JSON.stringify(event)), 401, 'INVALID_SIGNATURE');
    expect(await plan()).toBe('free');
  });

  it('changes the plan through a correctly signed webhook, and ignores a replay', async () => {
    expect((await deliver({ id: 'evt_1', type: 'subscription.activated', data: { userId: me.id } }).expect(200)).body).toEqual({ received: true, outcome: 'applied' });
    expect(await plan()).toBe('premium');
    expect((await deliver({ id: 'evt_2', type: 'subscription.canceled', data: { email: me.email.toUpperCase() } }).expect(200)).body.outcome).toBe('applied');
    expect(await plan()).toBe('free');
    // evt_1 delivered again (a replay): already applied once, so it cannot grant premium back.
    expect((await deliver({ id: 'evt_1', type: 'subscription.activated', data: { userId: me.id } }).expect(200)).body).toEqual({ received: true, outcome: 'duplicate' });
    expect(await plan()).toBe('free');
  });

  it('applies concurrent duplicate deliveries once', async () => {
    const event = { id: 'evt_dup', type: 'subscription.activated', data: { userId: me.id } };
    const results = await Promise.all([deliver(event), deliver(event), deliver(event)]);
    expect(results.map((r) => (r.body as { outcome: string }).outcome).sort()).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(await plan()).toBe('premium');
  });

  it('refuses a signed body that is not a billing event with 400', async () => {
    expectError(await deliver({ id: 'evt_x', type: 'plan.granted', data: { userId: me.id } }), 400, 'VALIDATION_FAILED');
    expectError(await deliver({ id: 'evt_y', type: 'subscription.activated', data: {} }), 400, 'VALIDATION_FAILED');
  });

  it('lets an operator set a plan with the CLI command', async () => {
    const out = capturedOutput();
    const cli = cliContextOf(t);
    expect(await runCli(['plan:set', me.email, 'free'], cli, out)).toBe(0);
    expect(await plan()).toBe('free');
    expect(await runCli(['plan:set', me.email, 'premium'], cli, out)).toBe(0);
    expect(await plan()).toBe('premium');
    expect(await runCli(['plan:set', 'nobody@example.test', 'premium'], cli, out)).toBe(1);
    expect(await runCli(['plan:set', me.email, 'gold'], cli, out)).toBe(2);
    expect(await plan()).toBe('premium');
  });
});

describe(`billing without a secret (${databaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir() } });
  });
  afterAll(() => t?.close());

  it('answers 503 when no webhook secret is configured', async () => {
    const raw = JSON.stringify({ id: 'evt_1', type: 'subscription.activated', data: { email: 'a@example.test' } });
    const res = await t.http.post('/api/billing/webhook').set('Content-Type', 'application/json').set('MusicRoom-Signature', signatureHeader('x', raw)).send(raw);
    expect(res.status).toBe(503);
  });
});
