import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailOutboxWorker } from '../../../src/infra/mail';
import { register, uniqueEmail } from '../../support/auth-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

interface DevMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

describe(`dev outbox, used when SMTP_URL is unset (${databaseKind()})`, () => {
  describe('outside production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp({ env: { RATE_LIMIT_AUTH_PER_MINUTE: '0' } });
    });
    afterAll(() => t?.close());

    it('keeps the mails, readable at GET /api/dev/mails, and their links work', async () => {
      const email = uniqueEmail('dev');
      await register(t, email);
      await t.app.get(MailOutboxWorker).drain();
      const res = await t.http.get('/api/dev/mails').expect(200);
      const mail = (res.body.items as DevMail[]).find((m) => m.to === email)!;
      expect(mail.subject).toMatch(/confirm your email/i);
      expect(mail.html).toContain('<a href="http://localhost:3000/verify-email?token=');
      const token = new URL(/http\S+/.exec(mail.text)![0]).searchParams.get('token');
      const verified = await t.http.post('/api/auth/verify-email').send({ token }).expect(200);
      expect(verified.body.user.emailVerified).toBe(true);
    });
  });

  describe('in production with MAIL_TRANSPORT=log', () => {
    let t: TestApp;
    beforeAll(async () => {
      const env = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), PUBLIC_URL: 'https://musicroom.example', MAIL_TRANSPORT: 'log' };
      t = await bootTestApp({ env: { ...env, DATABASE_EMBEDDED: 'disk', RATE_LIMIT_AUTH_PER_MINUTE: '0' } });
    });
    afterAll(() => t?.close());

    it('has no /api/dev/mails route', async () => {
      await register(t, uniqueEmail('prod'));
      await t.app.get(MailOutboxWorker).drain();
      const res = await t.http.get('/api/dev/mails').expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      expect(JSON.stringify(res.body)).not.toContain('token=');
    });
  });
});
