import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../src/infra/database';
import {
  bearer,
  cookieFrom,
  finishOAuth,
  oauthSignIn,
  register,
  registerVerified,
  startOAuth,
  uniqueEmail,
  type SessionBody,
} from '../../support/auth-client';
import { FakeOAuthServer, type FakeOAuthUser } from '../../support/fake-oauth-server';
import { SmtpCapture, tokenFromMail } from '../../support/smtp-capture';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

const SPA = 'http://localhost:5173/auth/done';
const NEW_PASSWORD = 'victim new passphrase 2026';

/** Security review findings 1 and 2: OAuth account takeover and link CSRF, played end to end against the fake provider. */
describe(`security findings 1 and 2: OAuth (${databaseKind()})`, () => {
  let t: TestApp;
  const smtp = new SmtpCapture();
  const fake = new FakeOAuthServer();
  let subjects = 0;

  beforeAll(async () => {
    await Promise.all([smtp.start(), fake.start()]);
    t = await bootTestApp({ env: { ...fake.env(), SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '0', OAUTH_REDIRECT_ALLOWLIST: 'http://localhost:5173' } });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([smtp.stop(), fake.stop()]);
  });

  const googleUser = (email: string, emailVerified: boolean): FakeOAuthUser => ({ subject: `sec-google-${++subjects}`, email, emailVerified, name: 'Someone' });
  /** One round trip at the fake Google as `who`: where the browser lands back. */
  const googleAs = async (who: FakeOAuthUser): Promise<URL> => {
    fake.signIn('google', who);
    const trip = await startOAuth(t, 'google', SPA);
    return finishOAuth(t, trip, trip.cookie);
  };
  const userIdOf = async (code: string | null): Promise<string | null> => {
    if (!code) return null;
    const res = await t.http.post('/api/auth/oauth/exchange').send({ code });
    return res.status === 200 ? (res.body as SessionBody).user.id : null;
  };
  const resetPassword = async (email: string) => {
    const since = Date.now();
    await t.http.post('/api/auth/forgot-password').send({ email }).expect(202);
    const mail = await smtp.waitFor(email, { subject: /reset/i, since });
    await t.http.post('/api/auth/reset-password').send({ token: tokenFromMail(mail), password: NEW_PASSWORD }).expect(204);
    return (await t.http.post('/api/auth/login').send({ email, password: NEW_PASSWORD }).expect(200)).body as SessionBody;
  };
  const clickConfirmation = async (email: string) => {
    const mail = await smtp.waitFor(email, { subject: /confirm your email/i });
    return (await t.http.post('/api/auth/verify-email').send({ token: tokenFromMail(mail) }).expect(200)).body as SessionBody;
  };
  const identities = async (session: SessionBody) =>
    ((await t.http.get('/api/auth/identities').set(...bearer(session)).expect(200)).body as Array<{ provider: string }>).map((i) => i.provider).sort();
  /** What an account created by the old code looked like: unverified, carrying the attacker's identity. */
  const plantPreProofIdentity = async (email: string, attacker: FakeOAuthUser) => {
    await register(t, email, 'attacker chosen passphrase');
    await t.app.get(Database).query(
      `INSERT INTO auth_identities (user_id, provider, subject, email) SELECT id, 'google', $2, $1 FROM users WHERE email = $1`,
      [email, attacker.subject],
    );
  };

  describe('finding 1 (HIGH): account takeover through an OAuth sign-in with an unverified email', () => {
    it('finding 1: refuses a first sign-in whose email the provider does not vouch for, creating no account', async () => {
      const victim = uniqueEmail('victim');
      const back = await googleAs(googleUser(victim, false));
      expect(back.searchParams.get('error')).toBe('EMAIL_NOT_VERIFIED_BY_PROVIDER');
      expect(back.searchParams.get('code')).toBeNull();
      const rows = await t.app.get(Database).query('SELECT 1 FROM users WHERE email = $1', [victim]);
      expect(rows).toHaveLength(0);
    });

    it.each([
      ['the victim resets the password', resetPasswordFlow],
      ['the victim clicks the confirmation mail', confirmationFlow],
    ])('finding 1: the attacker never lands in the victim account when %s', async (_path, victimProves) => {
      const victim = uniqueEmail('victim');
      const attacker = googleUser(victim, false);
      await googleAs(attacker);
      const owner = await victimProves(victim);
      const again = await googleAs(attacker);
      expect(await userIdOf(again.searchParams.get('code'))).not.toBe(owner.user.id);
      expect(again.searchParams.get('error')).toBe('EMAIL_NOT_VERIFIED_BY_PROVIDER');
      expect(await identities(owner)).toEqual(['password']);
    });

    it('finding 1: the first reset of a mailbox drops identities attached before the proof', async () => {
      const victim = uniqueEmail('victim');
      const attacker = googleUser(victim, false);
      await plantPreProofIdentity(victim, attacker);
      const owner = await resetPassword(victim);
      expect(await identities(owner)).toEqual(['password']);
      expect(await userIdOf((await googleAs(attacker)).searchParams.get('code'))).toBeNull();
    });

    it('finding 1: the first confirmation of a mailbox drops identities attached before the proof', async () => {
      const victim = uniqueEmail('victim');
      const attacker = googleUser(victim, false);
      await plantPreProofIdentity(victim, attacker);
      const owner = await clickConfirmation(victim);
      expect(await identities(owner)).toEqual(['password']);
      expect(await userIdOf((await googleAs(attacker)).searchParams.get('code'))).toBeNull();
    });

    it('finding 1: a later proof keeps identities linked after the mailbox was proven', async () => {
      const email = uniqueEmail('owner');
      const owner = await registerVerified(t, smtp, email);
      const google = googleUser(email, true);
      fake.signIn('google', google);
      expect((await oauthSignIn(t, fake, 'google', SPA)).user.id).toBe(owner.user.id);
      const afterReset = await resetPassword(email);
      expect(await identities(afterReset)).toEqual(['google', 'password']);
    });

    async function resetPasswordFlow(email: string): Promise<SessionBody> {
      await register(t, email);
      return resetPassword(email);
    }
    async function confirmationFlow(email: string): Promise<SessionBody> {
      await register(t, email);
      return clickConfirmation(email);
    }
  });

  describe('finding 2 (MEDIUM): CSRF on account linking', () => {
    /** The attacker asks to link Google to his account and gets a URL; whoever opens it runs the flow in their browser. */
    const linkUrlOf = async (session: SessionBody) =>
      new URL(((await t.http.post('/api/auth/oauth/google/link').set(...bearer(session)).send({ redirectUri: SPA }).expect(200)).body as { url: string }).url);
    const openInBrowser = async (url: URL, who: FakeOAuthUser): Promise<URL> => {
      fake.signIn('google', who);
      const start = await t.http.get(url.pathname + url.search).expect(302);
      const cookie = cookieFrom(start.headers['set-cookie'], 'mr_oauth')!;
      const consent = await fetch(start.headers.location, { redirect: 'manual' });
      return finishOAuth(t, { callbackUrl: new URL(consent.headers.get('location')!) }, cookie);
    };

    it("finding 2: a victim who opens the attacker's link URL never links their Google account to the attacker", async () => {
      const attacker = await registerVerified(t, smtp);
      const victimEmail = uniqueEmail('victim');
      const victim = await registerVerified(t, smtp, victimEmail);
      const victimGoogle = googleUser(victimEmail, true);
      const back = await openInBrowser(await linkUrlOf(attacker), victimGoogle);
      expect(back.searchParams.get('linked')).toBeNull();
      expect(await identities(attacker)).toEqual(['password']);

      // The victim's app sees a link code and confirms it with the victim's token: refused, and the code is spent.
      const linkCode = back.searchParams.get('linkCode');
      expect(linkCode).toBeTruthy();
      const refused = await t.http.post('/api/auth/oauth/link/confirm').set(...bearer(victim)).send({ code: linkCode }).expect(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      const spent = await t.http.post('/api/auth/oauth/link/confirm').set(...bearer(attacker)).send({ code: linkCode }).expect(400);
      expect(spent.body.code).toBe('INVALID_TOKEN');
      expect(await identities(attacker)).toEqual(['password']);

      // Signing in with the victim's Google lands in the victim's account, never the attacker's.
      fake.signIn('google', victimGoogle);
      expect((await oauthSignIn(t, fake, 'google', SPA)).user.id).toBe(victim.user.id);
    });

    it('finding 2: the user who started the link confirms it with their own token', async () => {
      const session = await registerVerified(t, smtp);
      const back = await openInBrowser(await linkUrlOf(session), googleUser(uniqueEmail('mine'), true));
      await t.http.post('/api/auth/oauth/link/confirm').send({ code: back.searchParams.get('linkCode') }).expect(401);
      await t.http.post('/api/auth/oauth/link/confirm').set(...bearer(session)).send({ code: back.searchParams.get('linkCode') }).expect(204);
      expect(await identities(session)).toEqual(['google', 'password']);
    });
  });
});
