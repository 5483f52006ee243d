import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailOutboxWorker } from '../../../src/infra/mail';
import { register, uniqueEmail } from '../../support/auth-client';
import { bootTestApp, type TestApp } from '../../support/test-app';
import { databaseKind } from '../../support/test-database';

/** The app's logger is process-wide: this file boots only this app, so the captured log is its own. */
describe(`production with MAIL_TRANSPORT=log (${databaseKind()})`, () => {
  let t: TestApp;
  let logs = '';
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs += chunk.toString();
      done();
    },
  });

  beforeAll(async () => {
    const env = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), PUBLIC_URL: 'https://musicroom.example', MAIL_TRANSPORT: 'log' };
    t = await bootTestApp({ env: { ...env, LOG_LEVEL: 'info', DATABASE_EMBEDDED: 'disk', RATE_LIMIT_AUTH_PER_MINUTE: '0' }, logDestination });
  });
  afterAll(() => t?.close());

  it('warns at boot that mails are logged, not sent', () => {
    const warning = logs.split('\n').find((l) => l.includes('MAIL_TRANSPORT=log'));
    expect(JSON.parse(warning ?? '{}')).toMatchObject({ level: 40, msg: expect.stringContaining('mails are not sent') });
  });

  it('logs each mail with its link, which works, so an operator can pass it on', async () => {
    const email = uniqueEmail('prod');
    await register(t, email);
    await t.app.get(MailOutboxWorker).drain();
    const line = logs.split('\n').find((l) => l.includes(`Mail to ${email} logged`));
    const links = (JSON.parse(line ?? '{}') as { mail?: { links?: string[] } }).mail?.links ?? [];
    expect(links).toEqual([expect.stringMatching(/^https:\/\/musicroom\.example\/.*token=/)]);
    const token = new URL(links[0]).searchParams.get('token');
    const verified = await t.http.post('/api/auth/verify-email').send({ token }).expect(200);
    expect(verified.body.user.emailVerified).toBe(true);
  });
});
