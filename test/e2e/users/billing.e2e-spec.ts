import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cli';
import { capturedOutput, cliContextOf } from '../../support/cli-context';
import { FakeStripeServer } from '../../support/fake-stripe-server';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { tempDataDir } from '../../support/users-client';
import { expectError } from '../../support/expect-error';

const NOW = Math.floor(Date.now() / 1000);

describe(`premium through Stripe (${databaseKind()})`, () => {
  let t: TestApp;
  const stripe = new FakeStripeServer();
  let me: SignedInUser;
  let customerId: string;
  const meBody = async (user = me) => (await t.http.get('/api/users/me').set(...authHeader(user)).expect(200)).body as { plan: string; billing: unknown };
  const plan = async (user = me) => (await meBody(user)).plan;
  const deliver = (delivery: { body: string; signature: string }) =>
    t.http.post('/api/billing/stripe/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', delivery.signature).send(delivery.body);
  const subscription = (status: string, customer = customerId) => ({ id: 'sub_1', object: 'subscription', status, customer, metadata: {} });

  beforeAll(async () => {
    await stripe.start();
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir(), ...stripe.env() } });
    me = await signedInUser(t, 'payer');
  });
  afterAll(async () => {
    await t?.close();
    await stripe.stop();
  });

  it('reports the plan and the provider, and no profile field can change the plan', async () => {
    expect(await meBody()).toMatchObject({ plan: 'free', billing: { provider: 'stripe' } });
    expectError(await t.http.patch('/api/users/me').set(...authHeader(me)).send({ plan: 'premium' }), 400, 'VALIDATION_FAILED');
    expect(await plan()).toBe('free');
  });

  it('opens a Checkout Session for the premium price with a Stripe customer created once', async () => {
    const first = await t.http.post('/api/billing/checkout').set(...authHeader(me)).expect(200);
    expect(first.body).toEqual({ url: expect.stringMatching(/^https:\/\/checkout\.stripe\.test\//), plan: 'free', testMode: false });
    const customers = stripe.calls.filter((c) => c.path === '/v1/customers');
    expect(customers).toHaveLength(1);
    expect(customers[0].params.get('email')).toBe(me.email);
    const session = stripe.calls.find((c) => c.path === '/v1/checkout/sessions')!;
    expect(session.authorization).toBe(`Bearer ${stripe.secretKey}`);
    expect(Object.fromEntries(session.params)).toMatchObject({ mode: 'subscription', client_reference_id: me.id, 'line_items[0][price]': stripe.priceId });
    customerId = session.params.get('customer')!;
    await t.http.post('/api/billing/checkout').set(...authHeader(me)).expect(200);
    expect(stripe.calls.filter((c) => c.path === '/v1/customers')).toHaveLength(1);
    expect(await plan()).toBe('free');
  });

  it('refuses a webhook with a bad or missing signature and changes nothing', async () => {
    const forged = stripe.event('evt_forged', 'checkout.session.completed', { object: 'checkout.session', mode: 'subscription', status: 'complete', client_reference_id: me.id, customer: customerId }, NOW, 'whsec_wrong');
    expectError(await deliver(forged), 401, 'INVALID_SIGNATURE');
    expectError(await t.http.post('/api/billing/stripe/webhook').set('Content-Type', 'application/json').send(forged.body), 401, 'INVALID_SIGNATURE');
    const tampered = stripe.event('evt_t', 'customer.subscription.updated', subscription('active'), NOW);
    expectError(await deliver({ body: tampered.body.replace('active', 'trialing'), signature: tampered.signature }), 401, 'INVALID_SIGNATURE');
    expect(await plan()).toBe('free');
  });

  it('makes the user premium on checkout.session.completed, once however often it is delivered', async () => {
    const completed = stripe.event('evt_checkout', 'checkout.session.completed', { object: 'checkout.session', mode: 'subscription', status: 'complete', client_reference_id: me.id, customer: customerId, subscription: 'sub_1' }, NOW);
    const results = await Promise.all([deliver(completed), deliver(completed), deliver(completed)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.map((r) => (r.body as { outcome: string }).outcome).sort()).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(await plan()).toBe('premium');
    expectError(await t.http.post('/api/billing/checkout').set(...authHeader(me)), 409, 'CONFLICT');
  });

  it('never lets an older event override a newer state', async () => {
    const deleted = stripe.event('evt_deleted', 'customer.subscription.deleted', subscription('canceled'), NOW + 20);
    const olderUpdate = stripe.event('evt_old_update', 'customer.subscription.updated', subscription('active'), NOW + 10);
    expect((await deliver(deleted).expect(200)).body).toEqual({ received: true, outcome: 'applied' });
    expect(await plan()).toBe('free');
    expect((await deliver(olderUpdate).expect(200)).body).toEqual({ received: true, outcome: 'stale' });
    expect(await plan()).toBe('free');
    const renewed = stripe.event('evt_renewed', 'customer.subscription.updated', subscription('active'), NOW + 30);
    expect((await deliver(renewed).expect(200)).body.outcome).toBe('applied');
    expect(await plan()).toBe('premium');
    const lapsed = stripe.event('evt_lapsed', 'customer.subscription.updated', subscription('unpaid'), NOW + 40);
    await deliver(lapsed).expect(200);
    expect(await plan()).toBe('free');
  });

  it('ignores event types it does not use and customers it does not know', async () => {
    expect((await deliver(stripe.event('evt_invoice', 'invoice.paid', { object: 'invoice' }, NOW)).expect(200)).body.outcome).toBe('ignored');
    const stranger = stripe.event('evt_stranger', 'customer.subscription.updated', subscription('active', 'cus_unknown'), NOW);
    expect((await deliver(stranger).expect(200)).body.outcome).toBe('unknown_user');
  });

  it('opens the Customer Portal for a subscriber; 409 for someone who never subscribed', async () => {
    const res = await t.http.post('/api/billing/portal').set(...authHeader(me)).expect(200);
    expect(res.body).toMatchObject({ url: expect.stringMatching(/^https:\/\/billing\.stripe\.test\//), testMode: false });
    expect(stripe.calls.at(-1)?.params.get('customer')).toBe(customerId);
    const newcomer = await signedInUser(t, 'newcomer');
    expectError(await t.http.post('/api/billing/portal').set(...authHeader(newcomer)), 409, 'CONFLICT');
  });

  it('answers 503 PROVIDER_UNAVAILABLE when Stripe fails, after the SDK retries', async () => {
    const other = await signedInUser(t, 'unlucky');
    stripe.failNext = 3;
    const res = await t.http.post('/api/billing/checkout').set(...authHeader(other));
    expectError(res, 503, 'PROVIDER_UNAVAILABLE');
    expect(res.body.details).toMatchObject({ provider: 'stripe' });
    expect(stripe.failNext).toBe(0);
    expect(await plan(other)).toBe('free');
  });

  it('lets an operator set a plan with the CLI command', async () => {
    const out = capturedOutput();
    const cli = cliContextOf(t);
    expect(await runCli(['plan:set', me.email, 'premium'], cli, out)).toBe(0);
    expect(await plan()).toBe('premium');
    expect(await runCli(['plan:set', me.email, 'free'], cli, out)).toBe(0);
    expect(await plan()).toBe('free');
    expect(await runCli(['plan:set', 'nobody@example.test', 'premium'], cli, out)).toBe(1);
    expect(await runCli(['plan:set', me.email, 'gold'], cli, out)).toBe(2);
    expect(await plan()).toBe('free');
  });
});

describe(`billing test mode: no Stripe key outside production (${databaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir() } });
  });
  afterAll(() => t?.close());

  it('switches to premium at checkout and back at the portal, clearly labelled', async () => {
    const user = await signedInUser(t, 'tester');
    expect((await t.http.get('/api/users/me').set(...authHeader(user)).expect(200)).body).toMatchObject({ plan: 'free', billing: { provider: 'test' } });
    expect((await t.http.post('/api/billing/checkout').set(...authHeader(user)).expect(200)).body).toEqual({ url: null, plan: 'premium', testMode: true });
    expect((await t.http.get('/api/users/me').set(...authHeader(user)).expect(200)).body.plan).toBe('premium');
    expect((await t.http.post('/api/billing/portal').set(...authHeader(user)).expect(200)).body).toEqual({ url: null, plan: 'free', testMode: true });
    expect((await t.http.get('/api/users/me').set(...authHeader(user)).expect(200)).body.plan).toBe('free');
  });

  it('needs a signed-in user, and has no webhook to receive', async () => {
    expectError(await t.http.post('/api/billing/checkout'), 401, 'UNAUTHENTICATED');
    expectError(await t.http.post('/api/billing/stripe/webhook').set('Content-Type', 'application/json').send('{}'), 503, 'PROVIDER_UNAVAILABLE');
  });
});

describe(`billing in production without a Stripe key (${databaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir() }, configure: (config) => void (config.billing = { provider: null }) });
  });
  afterAll(() => t?.close());

  it('answers 503 PROVIDER_UNAVAILABLE to checkout and portal and reports no provider', async () => {
    const user = await signedInUser(t, 'prod');
    expectError(await t.http.post('/api/billing/checkout').set(...authHeader(user)), 503, 'PROVIDER_UNAVAILABLE');
    expectError(await t.http.post('/api/billing/portal').set(...authHeader(user)), 503, 'PROVIDER_UNAVAILABLE');
    expect((await t.http.get('/api/users/me').set(...authHeader(user)).expect(200)).body).toMatchObject({ plan: 'free', billing: { provider: null } });
  });
});
