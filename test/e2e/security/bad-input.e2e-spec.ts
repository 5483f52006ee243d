import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeStripeServer } from '../../support/fake-stripe-server';
import { authHeader, signedInUser, type SignedInUser } from '../../support/sessions';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';
import { tempDataDir } from '../../support/users-client';

describe(`security finding 7 (LOW): inputs that used to get 500 get 400 VALIDATION_FAILED naming the field (${databaseKind()})`, () => {
  let t: TestApp;
  let me: SignedInUser;
  const stripe = new FakeStripeServer();
  beforeAll(async () => {
    await stripe.start();
    t = await bootTestApp({ env: { DATA_DIR: tempDataDir(), ...stripe.env(), RATE_LIMIT_PER_MINUTE: '0' } });
    me = await signedInUser(t, 'prober');
  });
  afterAll(async () => {
    await t?.close();
    await stripe.stop();
  });

  const expectInvalid = (res: { status: number; body: { code?: string; details?: Array<{ field: string }> } }, field: string) => {
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details?.map((d) => d.field)).toContain(field);
  };

  it.each([
    ['bio', { bio: 'before\u0000after' }],
    ['displayName', { displayName: 'Nul\u0000Name' }],
  ])('finding 7: a NUL byte in %s', async (field, body) => {
    expectInvalid(await t.http.patch('/api/users/me').set(...authHeader(me)).send(body), field);
  });

  it('finding 7: a NUL byte in an event name', async () => {
    expectInvalid(await t.http.post('/api/events').set(...authHeader(me)).send({ name: 'Party\u0000' }), 'name');
  });

  it('finding 7: a NUL byte in a query (GET /users?search=)', async () => {
    expectInvalid(await t.http.get('/api/users?search=a%00b').set(...authHeader(me)), 'search');
  });

  it("finding 7: a cursor whose date is outside PostgreSQL's range", async () => {
    const cursor = Buffer.from(JSON.stringify(['+275760-09-13T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expectInvalid(await t.http.get(`/api/events?cursor=${cursor}`).set(...authHeader(me)), 'cursor');
  });

  it('finding 7: JSON nested 5,000 levels deep', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const res = await t.http.patch('/api/users/me').set(...authHeader(me)).set('Content-Type', 'application/json').send(deep);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('finding 7: a correctly signed billing webhook with no data', async () => {
    const body = JSON.stringify({ id: 'evt_no_data', object: 'event', type: 'customer.subscription.updated', created: Math.floor(Date.now() / 1000) });
    const signature = new Stripe('sk_test_unused').webhooks.generateTestHeaderString({ payload: body, secret: stripe.env().STRIPE_WEBHOOK_SECRET });
    const res = await t.http.post('/api/billing/stripe/webhook').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(body);
    expectInvalid(res, 'data');
  });
});
