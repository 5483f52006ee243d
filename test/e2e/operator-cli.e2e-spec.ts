import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli';
import { capturedOutput, cliContextOf } from '../support/cli-context';
import { login, register, STRONG_PASSWORD, uniqueEmail } from '../support/auth-client';
import { SmtpCapture } from '../support/smtp-capture';
import { bootTestApp, type TestApp } from '../support/test-app';
import { databaseKind } from '../support/test-database';

describe(`operator CLI (${databaseKind()})`, () => {
  const smtp = new SmtpCapture();
  let t: TestApp;

  beforeAll(async () => {
    await smtp.start();
    t = await bootTestApp({ env: { SMTP_URL: smtp.url, RATE_LIMIT_AUTH_PER_MINUTE: '0' } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('users:verify lets an account that never got its mail sign in', async () => {
    const email = uniqueEmail('stuck');
    await register(t, email);
    const refused = await t.http.post('/api/auth/login').send({ email, password: STRONG_PASSWORD });
    expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');

    const out = capturedOutput();
    expect(await runCli(['users:verify', email.toUpperCase()], cliContextOf(t), out)).toBe(0);
    expect(out.text()).toContain('is now verified');
    expect((await login(t, email)).accessToken).toEqual(expect.any(String));

    expect(await runCli(['users:verify', email], cliContextOf(t), out)).toBe(0);
    expect(out.lines.at(-1)).toContain('already verified');
  });

  it('users:verify names an unknown email and explains its usage', async () => {
    const out = capturedOutput();
    expect(await runCli(['users:verify', 'nobody@example.test'], cliContextOf(t), out)).toBe(1);
    expect(out.text()).toContain('No account with the email nobody@example.test');
    expect(await runCli(['users:verify'], cliContextOf(t), out)).toBe(2);
    expect(out.lines.at(-1)).toBe('usage: npm run cli -- users:verify <email>');
    expect(await runCli(['users:nuke'], cliContextOf(t), out)).toBe(2);
    expect(out.lines.at(-1)).toContain('mail:test <to>');
  });

  it('mail:test sends through the configured SMTP server and prints its answer', async () => {
    const out = capturedOutput();
    const since = Date.now();
    expect(await runCli(['mail:test', 'ops@example.test'], cliContextOf(t), out)).toBe(0);
    const mail = await smtp.waitFor('ops@example.test', { subject: /test mail/i, since });
    expect(mail.text).toContain('test mail from MusicRoom');
    expect(out.text()).toMatch(/through SMTP smtp:\/\/127\.0\.0\.1:\d+.*Answer: 250\b/);
  });

  it('mail:test reports a refusal with the SMTP answer and exits 1', async () => {
    smtp.failNext(1, 550);
    const out = capturedOutput();
    expect(await runCli(['mail:test', 'ops@example.test'], cliContextOf(t), out)).toBe(1);
    expect(out.text()).toMatch(/failed: SMTP 550\b/);
  });
});

describe(`production mail without SMTP (${databaseKind()})`, () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), PUBLIC_URL: 'https://musicroom.example', DATABASE_EMBEDDED: 'disk' };

  it('refuses to boot, naming SMTP_URL and the way out', async () => {
    await expect(bootTestApp({ env: production })).rejects.toThrow(/SMTP_URL is required in production[\s\S]*MAIL_TRANSPORT=log/);
  });

  it('refuses to boot without PUBLIC_URL', async () => {
    await expect(bootTestApp({ env: { ...production, PUBLIC_URL: '', MAIL_TRANSPORT: 'log' } })).rejects.toThrow(/PUBLIC_URL is required in production/);
  });

  describe('with MAIL_TRANSPORT=log', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp({ env: { ...production, MAIL_TRANSPORT: 'log', RATE_LIMIT_AUTH_PER_MINUTE: '0' } });
    });
    afterAll(() => t?.close());

    it('mail:test says the mail was logged, not sent', async () => {
      const out = capturedOutput();
      expect(await runCli(['mail:test', 'ops@example.test'], cliContextOf(t), out)).toBe(0);
      expect(out.text()).toContain('through the log (MAIL_TRANSPORT=log)');
      expect(out.text()).toContain('Answer: logged (not sent');
    });
  });
});
