import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../src/infra/database';
import { MailOutboxWorker } from '../../../src/infra/mail';
import { AuthHousekeeping } from '../../../src/modules/auth/auth-housekeeping';
import { bearer, login, register, registerVerified, STRONG_PASSWORD, uniqueEmail } from '../../support/auth-client';
import { SmtpCapture, tokenFromMail } from '../../support/smtp-capture';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

describe(`accounts by email (${databaseKind()})`, () => {
  let t: TestApp;
  let db: Database;
  const smtp = new SmtpCapture();

  beforeAll(async () => {
    await smtp.start();
    t = await bootTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://musicroom.test', RATE_LIMIT_AUTH_PER_MINUTE: '0' } });
    db = t.app.get(Database);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  /** Lets every queued mail reach the SMTP server, so "no mail" assertions are meaningful. */
  const flushMail = () => t.app.get(MailOutboxWorker).drain();
  const expire = (purpose: string) => db.query(`UPDATE auth_tokens SET expires_at = now() - interval '1 second' WHERE purpose = $1`, [purpose]);

  describe('sign-up and verification', () => {
    it('mails a verification link, verifies, then signs in with the password', async () => {
      const email = uniqueEmail('ada');
      await register(t, email);
      const mail = await smtp.waitFor(email, { subject: /confirm your email/i });
      expect(mail.text).toMatch(/https:\/\/musicroom\.test\/verify-email\?token=[\w-]{43}/);
      expect(mail.html).toContain('href="https://musicroom.test/verify-email?token=');

      const verified = await t.http.post('/api/auth/verify-email').send({ token: tokenFromMail(mail) }).expect(200);
      expect(verified.body.user).toMatchObject({ email, emailVerified: true, plan: 'free', displayName: 'Test User' });
      expect(verified.body.expiresIn).toBe(900);

      const session = await login(t, email);
      const me = await t.http.get('/api/users/me').set(...bearer(session)).expect(200);
      expect(me.body).toMatchObject({ id: verified.body.user.id, email, emailVerified: true });
    });

    it('refuses to sign in before the email is verified, with 403 EMAIL_NOT_VERIFIED', async () => {
      const email = uniqueEmail('early');
      await register(t, email);
      const res = await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(403);
      expect(res.body.code).toBe('EMAIL_NOT_VERIFIED');
      expect(res.body.accessToken).toBeUndefined();
    });

    it('accepts a verification link only once', async () => {
      const email = uniqueEmail('once');
      await register(t, email);
      const token = tokenFromMail(await smtp.waitFor(email));
      await t.http.post('/api/auth/verify-email').send({ token }).expect(200);
      const again = await t.http.post('/api/auth/verify-email').send({ token }).expect(400);
      expect(again.body.code).toBe('INVALID_TOKEN');
    });

    it('refuses an expired verification link', async () => {
      const email = uniqueEmail('late');
      await register(t, email);
      const token = tokenFromMail(await smtp.waitFor(email));
      await expire('verify_email');
      expect((await t.http.post('/api/auth/verify-email').send({ token }).expect(400)).body.code).toBe('INVALID_TOKEN');
      expect((await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(403)).body.code).toBe('EMAIL_NOT_VERIFIED');
    });

    it('stores verification tokens hashed, never as mailed', async () => {
      const email = uniqueEmail('hashed');
      await register(t, email);
      const token = tokenFromMail(await smtp.waitFor(email));
      const rows = await db.query<{ token_hash: string }>(
        `SELECT t.token_hash FROM auth_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1`,
        [email],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).not.toContain(token);
      expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('treats emails case-insensitively', async () => {
      const email = uniqueEmail('Case');
      await registerVerified(t, smtp, email);
      await login(t, email.toUpperCase());
    });
  });

  describe('no account enumeration', () => {
    it('answers a sign-up for a taken email exactly like a new one, and mails the owner instead', async () => {
      const email = uniqueEmail('taken');
      await registerVerified(t, smtp, email);
      const fresh = await t.http.post('/api/auth/register').send({ email: uniqueEmail('new'), password: STRONG_PASSWORD, displayName: 'X' });
      const since = Date.now();
      const taken = await t.http.post('/api/auth/register').send({ email, password: 'another good passphrase', displayName: 'Mallory' });
      expect(taken.status).toBe(fresh.status);
      expect(taken.status).toBe(202);
      expect(taken.body).toEqual(fresh.body);

      const notice = await smtp.waitFor(email, { since, subject: /someone tried to sign up/i });
      expect(notice.text).toContain('https://musicroom.test/forgot-password');
      // The account is untouched: the original password still works, the new one does not.
      await login(t, email);
      await t.http.post('/api/auth/login').send({ email, password: 'another good passphrase' }).expect(401);
    });

    it('answers resend-verification and forgot-password the same for known and unknown emails', async () => {
      const known = uniqueEmail('known');
      await registerVerified(t, smtp, known);
      const unknown = uniqueEmail('nobody');
      for (const path of ['/api/auth/resend-verification', '/api/auth/forgot-password']) {
        const a = await t.http.post(path).send({ email: known });
        const b = await t.http.post(path).send({ email: unknown });
        expect([a.status, b.status]).toEqual([202, 202]);
        expect(a.body).toEqual(b.body);
      }
      await flushMail();
      expect(smtp.to(unknown)).toEqual([]);
    });

    it('gives the same 401 for an unknown email and a wrong password', async () => {
      const email = uniqueEmail('wrongpw');
      await registerVerified(t, smtp, email);
      const wrong = await t.http.post('/api/auth/login').send({ email, password: 'not the password at all' }).expect(401);
      const unknown = await t.http.post('/api/auth/login').send({ email: uniqueEmail('ghost'), password: 'not the password at all' }).expect(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      expect({ ...wrong.body, requestId: '' }).toEqual({ ...unknown.body, requestId: '' });
    });
  });

  describe('password policy', () => {
    it.each([
      ['too short', 'short1!'],
      ['a common password', 'password123'],
      ['the email itself', '$EMAIL'],
      ['one repeated character', 'aaaaaaaaaaaa'],
    ])('rejects %s with VALIDATION_FAILED on the password field, creating nothing', async (_label, candidate) => {
      const email = uniqueEmail('policy');
      const password = candidate === '$EMAIL' ? email : candidate;
      const res = await t.http.post('/api/auth/register').send({ email, password, displayName: 'P' }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'password' })]);
      expect(await db.query('SELECT 1 FROM users WHERE email = $1', [email])).toEqual([]);
    });

    it('stores passwords as argon2id hashes', async () => {
      const email = uniqueEmail('argon');
      await register(t, email);
      const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [email]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(STRONG_PASSWORD);
    });

    it('rejects unknown fields and malformed emails', async () => {
      const extra = await t.http.post('/api/auth/register').send({ email: uniqueEmail(), password: STRONG_PASSWORD, displayName: 'X', plan: 'premium' });
      expect(extra.status).toBe(400);
      expect(extra.body.details).toEqual([{ field: 'plan', messages: ['property plan should not exist'] }]);
      const bad = await t.http.post('/api/auth/register').send({ email: 'not-an-email', password: STRONG_PASSWORD, displayName: 'X' });
      expect(bad.status).toBe(400);
      expect(bad.body.details[0].field).toBe('email');
    });
  });

  describe('resending the verification link', () => {
    it('sends a fresh link that works, at most once a minute', async () => {
      const email = uniqueEmail('resend');
      await register(t, email);
      await smtp.waitFor(email);
      await db.query(`UPDATE auth_tokens SET created_at = now() - interval '2 minutes'`);
      const since = Date.now();
      await t.http.post('/api/auth/resend-verification').send({ email }).expect(202);
      await t.http.post('/api/auth/resend-verification').send({ email }).expect(202);
      const second = await smtp.waitFor(email, { since });
      await flushMail();
      expect(smtp.to(email).filter((m) => m.receivedAt >= since)).toHaveLength(1);
      await t.http.post('/api/auth/verify-email').send({ token: tokenFromMail(second) }).expect(200);
    });
  });

  describe('password reset', () => {
    const requestReset = async (email: string) => {
      const since = Date.now();
      await t.http.post('/api/auth/forgot-password').send({ email }).expect(202);
      return tokenFromMail(await smtp.waitFor(email, { since, subject: /reset your password/i }));
    };

    it('sets the new password with a mailed token, once, and ends every session', async () => {
      const email = uniqueEmail('reset');
      const first = await registerVerified(t, smtp, email);
      const token = await requestReset(email);

      await t.http.post('/api/auth/reset-password').send({ token, password: 'a brand new passphrase' }).expect(204);
      await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD }).expect(401);
      await login(t, email, 'a brand new passphrase');
      // Sessions from before the reset are gone: neither their access token nor their refresh token works.
      await t.http.get('/api/users/me').set(...bearer(first)).expect(401);
      await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);

      const reused = await t.http.post('/api/auth/reset-password').send({ token, password: 'yet another passphrase' }).expect(400);
      expect(reused.body.code).toBe('INVALID_TOKEN');
      await login(t, email, 'a brand new passphrase');
    });

    it('refuses an expired reset token', async () => {
      const email = uniqueEmail('stale');
      await registerVerified(t, smtp, email);
      const token = await requestReset(email);
      await expire('reset_password');
      const res = await t.http.post('/api/auth/reset-password').send({ token, password: 'a brand new passphrase' }).expect(400);
      expect(res.body.code).toBe('INVALID_TOKEN');
      await login(t, email);
    });

    it('keeps the link usable when the new password is rejected', async () => {
      const email = uniqueEmail('weak');
      await registerVerified(t, smtp, email);
      const token = await requestReset(email);
      const weak = await t.http.post('/api/auth/reset-password').send({ token, password: 'password123' }).expect(400);
      expect(weak.body.code).toBe('VALIDATION_FAILED');
      await t.http.post('/api/auth/reset-password').send({ token, password: 'a sturdier passphrase' }).expect(204);
      await login(t, email, 'a sturdier passphrase');
    });

    it('verifies the email of an account whose owner resets the password', async () => {
      const email = uniqueEmail('unverified-reset');
      await register(t, email);
      await smtp.waitFor(email);
      const token = await requestReset(email);
      await t.http.post('/api/auth/reset-password').send({ token, password: 'owner chosen passphrase' }).expect(204);
      expect((await login(t, email, 'owner chosen passphrase')).user.emailVerified).toBe(true);
    });
  });

  describe('housekeeping', () => {
    it('deletes tokens expired for a week and sessions ended for a week, keeping the rest', async () => {
      const old = await registerVerified(t, smtp);
      const recent = await registerVerified(t, smtp);
      const sid = (s: { accessToken: string }) => (JSON.parse(Buffer.from(s.accessToken.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
      await db.query(`UPDATE auth_tokens SET expires_at = now() - interval '8 days' WHERE user_id = $1`, [old.user.id]);
      await db.query(`UPDATE auth_sessions SET revoked_at = now() - interval '8 days' WHERE id = $1`, [sid(old)]);
      await t.app.get(AuthHousekeeping).run();
      expect(await db.query('SELECT 1 FROM auth_tokens WHERE user_id = $1', [old.user.id])).toEqual([]);
      expect(await db.query('SELECT 1 FROM auth_sessions WHERE id = $1', [sid(old)])).toEqual([]);
      expect(await db.query('SELECT 1 FROM auth_refresh_tokens WHERE session_id = $1', [sid(old)])).toEqual([]);
      expect(await db.query('SELECT 1 FROM auth_sessions WHERE id = $1', [sid(recent)])).toHaveLength(1);
      expect(await db.query('SELECT 1 FROM auth_tokens WHERE user_id = $1', [recent.user.id])).toHaveLength(1);
    });
  });

  describe('changing the password', () => {
    it('needs the current password', async () => {
      const session = await registerVerified(t, smtp);
      const res = await t.http
        .post('/api/auth/change-password')
        .set(...bearer(session))
        .send({ currentPassword: 'wrong wrong wrong', newPassword: 'new and improved phrase' })
        .expect(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
    });

    it('changes it and ends the other sessions, keeping the caller signed in', async () => {
      const email = uniqueEmail('change');
      const here = await registerVerified(t, smtp, email);
      const elsewhere = await login(t, email);
      await t.http
        .post('/api/auth/change-password')
        .set(...bearer(here))
        .send({ currentPassword: STRONG_PASSWORD, newPassword: 'new and improved phrase' })
        .expect(204);
      await t.http.get('/api/users/me').set(...bearer(here)).expect(200);
      await t.http.post('/api/auth/refresh').send({ refreshToken: here.refreshToken }).expect(200);
      await t.http.get('/api/users/me').set(...bearer(elsewhere)).expect(401);
      await t.http.post('/api/auth/refresh').send({ refreshToken: elsewhere.refreshToken }).expect(401);
      await login(t, email, 'new and improved phrase');
    });

    it('applies the policy to the new password', async () => {
      const session = await registerVerified(t, smtp);
      const res = await t.http
        .post('/api/auth/change-password')
        .set(...bearer(session))
        .send({ currentPassword: STRONG_PASSWORD, newPassword: 'qwertyuiop' })
        .expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'newPassword' })]);
    });
  });
});
