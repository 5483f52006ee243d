import { describe, expect, it } from 'vitest';
import { ConfigValidationError, loadConfig, parseEnv } from './index';

const problemsOf = (env: Record<string, string>): Record<string, string> => {
  try {
    loadConfig({ NODE_ENV: 'test', ...env });
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  return {};
};

describe('configuration', () => {
  it('boots with no environment at all on the embedded defaults', () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    expect(config.database).toMatchObject({ kind: 'pglite', storage: 'disk', migrateOnBoot: true });
    expect(config.redis).toBeNull();
    expect(config.mail.smtpUrl).toBeNull();
    expect(config.ai).toBeNull();
    expect(config.http.port).toBe(3000);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOGIN_MAX_FAILURES: '-1', CORS_ORIGINS: 'https://a.com/path' });
    expect(Object.keys(problems).sort()).toEqual(['CORS_ORIGINS', 'DATABASE_URL', 'LOGIN_MAX_FAILURES', 'PORT']);
    expect(problems.PORT).toContain('"eighty"');
  });

  it('puts every bad variable name in the error message', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', PORT: 'x', REDIS_URL: 'http://nope' })).toThrow(/PORT[\s\S]*REDIS_URL/);
  });

  it('chooses the billing provider: Stripe with its three keys, test mode without them, none in production', () => {
    const stripe = { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: 'whsec_x', STRIPE_PRICE_ID: 'price_x', STRIPE_API_URL: 'http://127.0.0.1:12111' };
    expect(loadConfig({ NODE_ENV: 'test', ...stripe }).billing).toEqual({ provider: 'stripe', secretKey: 'sk_test_x', webhookSecret: 'whsec_x', priceId: 'price_x', apiUrl: 'http://127.0.0.1:12111' });
    expect(loadConfig({ NODE_ENV: 'test' }).billing).toEqual({ provider: 'test' });
    expect(loadConfig({ NODE_ENV: 'development' }).billing).toEqual({ provider: 'test' });
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', JWT_SECRET: 'a-long-enough-production-secret-0123456789abcdef', SMTP_URL: 'smtp://mail', PUBLIC_URL: 'https://app.example' };
    expect(loadConfig(production).billing).toEqual({ provider: null });
    expect(Object.keys(problemsOf({ STRIPE_SECRET_KEY: 'sk_test_x' })).sort()).toEqual(['STRIPE_PRICE_ID', 'STRIPE_WEBHOOK_SECRET']);
  });

  it('refuses to start in production without a JWT secret', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', SMTP_URL: 'smtp://mail', PUBLIC_URL: 'https://app.example' };
    expect(() => loadConfig(production)).toThrow(/JWT_SECRET is required/);
  });

  it('refuses to start in production without a mail transport or a public URL, naming both', () => {
    const problems = problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(48) });
    expect(problems.SMTP_URL).toMatch(/^is required in production.*MAIL_TRANSPORT=log/);
    expect(problems.PUBLIC_URL).toMatch(/^is required in production/);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(48), PUBLIC_URL: 'https://app.example', MAIL_TRANSPORT: 'log' })).toEqual({});
  });

  it('picks the mail transport: SMTP when configured, the dev outbox outside production, the log when asked', () => {
    expect(loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtp://mail:25' }).mail).toMatchObject({ transport: 'smtp', smtpUrl: 'smtp://mail:25' });
    expect(loadConfig({ NODE_ENV: 'test' }).mail.transport).toBe('dev-outbox');
    expect(loadConfig({ NODE_ENV: 'test', SMTP_URL: 'smtp://mail:25', MAIL_TRANSPORT: 'log' }).mail.transport).toBe('log');
    expect(problemsOf({ MAIL_TRANSPORT: 'smtp' })).toEqual({ SMTP_URL: 'is required when MAIL_TRANSPORT is smtp' });
    expect(problemsOf({ MAIL_TRANSPORT: 'pigeon' })).toHaveProperty('MAIL_TRANSPORT');
  });

  it('refuses a short or placeholder JWT secret', () => {
    expect(problemsOf({ JWT_SECRET: 'changeme' })).toHaveProperty('JWT_SECRET');
    expect(problemsOf({ JWT_SECRET: 'short-secret' })).toHaveProperty('JWT_SECRET');
  });

  it('requires OAuth secrets in pairs', () => {
    expect(problemsOf({ GOOGLE_CLIENT_ID: 'id' })).toEqual({ GOOGLE_CLIENT_SECRET: 'is required when GOOGLE_CLIENT_ID is set' });
  });

  it('switches to PostgreSQL and Redis when their URLs are set', () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://u@h:5432/db', REDIS_URL: 'redis://h:6379' });
    expect(config.database).toMatchObject({ kind: 'postgres', url: 'postgres://u@h:5432/db' });
    expect(config.redis).toEqual({ url: 'redis://h:6379', keyPrefix: 'musicroom' });
  });

  it('namespaces Redis with REDIS_KEY_PREFIX and refuses a prefix that is not a plain name', () => {
    expect(loadConfig({ NODE_ENV: 'test', REDIS_URL: 'redis://h:6379', REDIS_KEY_PREFIX: 'staging-2' }).redis).toEqual({ url: 'redis://h:6379', keyPrefix: 'staging-2' });
    expect(problemsOf({ REDIS_KEY_PREFIX: 'a b*' })).toEqual({ REDIS_KEY_PREFIX: expect.stringContaining('"a b*"') as unknown });
  });

  it('hashes passwords at the standard cost unless told otherwise, and never cheaply in production', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).passwordHashCost).toBe('standard');
    expect(loadConfig({ NODE_ENV: 'test', ARGON2_COST: 'test' }).passwordHashCost).toBe('test');
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', JWT_SECRET: 'a'.repeat(48), ARGON2_COST: 'test' };
    expect(() => loadConfig(production)).toThrow(/ARGON2_COST/);
  });

  it('turns rate limits off with 0', () => {
    expect(parseEnv({ RATE_LIMIT_PER_MINUTE: '0' }).RATE_LIMIT_PER_MINUTE).toBe(0);
  });
});
