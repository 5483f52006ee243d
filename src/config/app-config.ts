import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env, EnvParser, EnvValueError, originProblem, redirectUriProblem } from './env-parsers';
import { ConfigValidationError } from './config-validation-error';
import { resolveJwtSecret } from './jwt-secret';

const schema = {
  NODE_ENV: env.oneOf(['development', 'production', 'test'] as const, 'development'),
  PORT: env.int(3000, { min: 0, max: 65535 }),
  HOST: env.string('0.0.0.0'),
  PUBLIC_URL: env.url(undefined),
  LOG_LEVEL: env.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  TRUST_PROXY: env.string(undefined),
  CORS_ORIGINS: env.list([], originProblem),
  BODY_LIMIT: env.string('100kb'),
  WEB_DIST_DIR: env.string('client-web/dist'),
  SHUTDOWN_TIMEOUT_MS: env.int(10_000, { min: 0, max: 120_000 }),

  DATABASE_URL: env.url(undefined, ['postgres:', 'postgresql:']),
  DATABASE_POOL_SIZE: env.int(10, { min: 1, max: 100 }),
  DATABASE_MIGRATE_ON_BOOT: env.bool(true),
  DATABASE_EMBEDDED: env.oneOf(['disk', 'memory'] as const, 'disk'),
  DATA_DIR: env.string('./.data'),

  REDIS_URL: env.url(undefined, ['redis:', 'rediss:']),
  REDIS_KEY_PREFIX: env.matching('musicroom', /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-", at most 64'),

  JWT_SECRET: env.string(undefined),
  JWT_ACCESS_TTL_SECONDS: env.int(900, { min: 30, max: 900 }),
  REFRESH_TOKEN_TTL_DAYS: env.int(30, { min: 1, max: 365 }),

  SMTP_URL: env.url(undefined, ['smtp:', 'smtps:']),
  MAIL_TRANSPORT: env.oneOf(['smtp', 'log'] as const, undefined),
  MAIL_FROM: env.string('MusicRoom <no-reply@musicroom.local>'),

  OAUTH_REDIRECT_ALLOWLIST: env.list([], redirectUriProblem),
  GOOGLE_CLIENT_ID: env.string(undefined),
  GOOGLE_CLIENT_SECRET: env.string(undefined),
  GOOGLE_AUTHORIZATION_URL: env.url('https://accounts.google.com/o/oauth2/v2/auth'),
  GOOGLE_TOKEN_URL: env.url('https://oauth2.googleapis.com/token'),
  GOOGLE_USERINFO_URL: env.url('https://openidconnect.googleapis.com/v1/userinfo'),
  FORTYTWO_CLIENT_ID: env.string(undefined),
  FORTYTWO_CLIENT_SECRET: env.string(undefined),
  FORTYTWO_AUTHORIZATION_URL: env.url('https://api.intra.42.fr/oauth/authorize'),
  FORTYTWO_TOKEN_URL: env.url('https://api.intra.42.fr/oauth/token'),
  FORTYTWO_PROFILE_URL: env.url('https://api.intra.42.fr/v2/me'),

  DEEZER_ENABLED: env.bool(false),
  DEEZER_API_URL: env.url('https://api.deezer.com'),
  YOUTUBE_API_KEY: env.string(undefined),
  YOUTUBE_API_URL: env.url('https://www.googleapis.com/youtube/v3'),
  JAMENDO_CLIENT_ID: env.string(undefined),
  JAMENDO_API_URL: env.url('https://api.jamendo.com/v3.0'),
  ITUNES_ENABLED: env.bool(false),
  ITUNES_API_URL: env.url('https://itunes.apple.com'),
  MUSIC_CACHE_TTL_SECONDS: env.int(600, { min: 0, max: 86_400 }),
  MUSIC_HTTP_TIMEOUT_MS: env.int(5_000, { min: 100, max: 60_000 }),
  MUSIC_CIRCUIT_OPEN_SECONDS: env.int(30, { min: 1, max: 3_600 }),
  AUDIO_CACHE_DIR: env.string(undefined),

  AI_IMAGES_URL: env.url(undefined),
  AI_API_KEY: env.string(undefined),
  AI_IMAGES_MODEL: env.string('gpt-image-1'),
  AI_DAILY_QUOTA: env.int(5, { min: 0, max: 1000 }),
  AI_TIMEOUT_MS: env.int(60_000, { min: 1_000, max: 300_000 }),
  AI_ALLOW_PRIVATE_URLS: env.bool(false),

  STRIPE_SECRET_KEY: env.string(undefined),
  STRIPE_WEBHOOK_SECRET: env.string(undefined),
  STRIPE_PRICE_ID: env.string(undefined),
  STRIPE_API_URL: env.url(undefined),

  ARGON2_COST: env.oneOf(['standard', 'test'] as const, 'standard'),

  RATE_LIMIT_AUTH_PER_MINUTE: env.int(10, { min: 0 }),
  LOGIN_MAX_FAILURES: env.int(100, { min: 0 }),
  LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: env.int(5, { min: 0 }),
  LOGIN_MAX_FAILURES_PER_IP: env.int(100, { min: 0 }),
  RATE_LIMIT_PER_MINUTE: env.int(600, { min: 0 }),
  SOCKETS_PER_USER: env.int(10, { min: 0 }),
  RATE_LIMIT_EVENT_CODE_PER_MINUTE: env.int(20, { min: 0 }),

  EVENT_VOTES_PER_MINUTE: env.int(30, { min: 0, max: 6_000 }),
  EVENT_VOTE_BURST: env.int(10, { min: 1, max: 1_000 }),
  EVENT_REPROPOSE_COOLDOWN_MINUTES: env.int(30, { min: 0, max: 10_080 }),
  AUTO_ADVANCE_GRACE_MS: env.int(3_000, { min: 0, max: 60_000 }),
  AUTO_ADVANCE_POLL_MS: env.int(1_000, { min: 0, max: 60_000 }),
} satisfies Record<string, EnvParser<unknown>>;

type Schema = typeof schema;
export type EnvValues = { [K in keyof Schema]: ReturnType<Schema[K]> };
export type EnvSource = Record<string, string | undefined>;

/** Parses every variable, collecting all problems so one boot names every bad variable. */
export function parseEnv(source: EnvSource): EnvValues {
  const problems: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  for (const [name, parse] of Object.entries(schema)) {
    try {
      values[name] = parse(source[name]);
    } catch (error) {
      if (!(error instanceof EnvValueError)) throw error;
      problems[name] = error.message;
    }
  }
  const parsed = values as EnvValues;
  if (Object.keys(problems).length === 0) Object.assign(problems, crossFieldProblems(parsed));
  if (Object.keys(problems).length > 0) throw new ConfigValidationError(problems);
  return parsed;
}

function crossFieldProblems(v: EnvValues): Record<string, string> {
  const problems: Record<string, string> = {};
  const pairs: Array<[string, string | undefined, string, string | undefined]> = [
    ['GOOGLE_CLIENT_ID', v.GOOGLE_CLIENT_ID, 'GOOGLE_CLIENT_SECRET', v.GOOGLE_CLIENT_SECRET],
    ['FORTYTWO_CLIENT_ID', v.FORTYTWO_CLIENT_ID, 'FORTYTWO_CLIENT_SECRET', v.FORTYTWO_CLIENT_SECRET],
    ['STRIPE_SECRET_KEY', v.STRIPE_SECRET_KEY, 'STRIPE_WEBHOOK_SECRET', v.STRIPE_WEBHOOK_SECRET],
    ['STRIPE_SECRET_KEY', v.STRIPE_SECRET_KEY, 'STRIPE_PRICE_ID', v.STRIPE_PRICE_ID],
  ];
  for (const [a, av, b, bv] of pairs) {
    if (Boolean(av) !== Boolean(bv)) problems[av ? b : a] = `is required when ${av ? a : b} is set`;
  }
  if (v.AI_IMAGES_URL && !v.AI_API_KEY) problems.AI_API_KEY = 'is required when AI_IMAGES_URL is set';
  if (v.MAIL_TRANSPORT === 'smtp' && !v.SMTP_URL) problems.SMTP_URL = 'is required when MAIL_TRANSPORT is smtp';
  return { ...problems, ...productionProblems(v) };
}

/** What production cannot run without: a real mail transport and the public origin that mail links point to. */
function productionProblems(v: EnvValues): Record<string, string> {
  if (v.NODE_ENV !== 'production') return {};
  const problems: Record<string, string> = {};
  if (v.DATABASE_URL === undefined && v.DATABASE_EMBEDDED === 'memory') {
    problems.DATABASE_EMBEDDED = 'cannot be "memory" in production (data would be lost on restart)';
  }
  if (!v.SMTP_URL && v.MAIL_TRANSPORT !== 'log') {
    problems.SMTP_URL =
      'is required in production: without it no verification or reset mail reaches anyone ' +
      '(or set MAIL_TRANSPORT=log to write each mail, with its link, to the log instead)';
  }
  if (!v.PUBLIC_URL) problems.PUBLIC_URL = 'is required in production: the public origin of the links in mails and of OAuth callbacks';
  if (v.ARGON2_COST === 'test') problems.ARGON2_COST = 'cannot be "test" in production (hashes would be cheap to crack)';
  return problems;
}

export interface AppConfig {
  env: EnvValues['NODE_ENV'];
  isProduction: boolean;
  http: {
    host: string;
    port: number;
    publicUrl: string;
    corsOrigins: string[];
    trustProxy: string | number | boolean;
    bodyLimit: string;
    webDistDir: string;
    shutdownTimeoutMs: number;
  };
  log: { level: EnvValues['LOG_LEVEL'] };
  /** argon2 parameters: `standard` is the OWASP baseline; `test` is the minimum, for test suites only. */
  passwordHashCost: EnvValues['ARGON2_COST'];
  dataDir: string;
  database:
    | { kind: 'postgres'; url: string; poolSize: number; migrateOnBoot: boolean }
    | { kind: 'pglite'; storage: 'disk' | 'memory'; dir: string; migrateOnBoot: boolean; snapshot?: Blob; template?: string };
  /** `keyPrefix` namespaces every Redis key and the Socket.IO channel: deployments sharing one Redis must differ. */
  redis: { url: string; keyPrefix: string } | null;
  jwt: { secret: string; accessTtlSeconds: number; refreshTtlDays: number };
  /** `smtp`: SMTP_URL; `log`: each mail is logged with its links (MAIL_TRANSPORT=log); `dev-outbox`: also kept for GET /api/dev/mails. */
  mail: { transport: MailTransport; smtpUrl: string | null; from: string };
  oauth: {
    redirectAllowlist: string[];
    google: OAuthProviderConfig | null;
    fortyTwo: OAuthProviderConfig | null;
  };
  music: {
    deezer: { enabled: boolean; apiUrl: string };
    youtube: { apiKey: string | null; apiUrl: string };
    jamendo: { clientId: string | null; apiUrl: string };
    itunes: { enabled: boolean; apiUrl: string };
    cacheTtlSeconds: number;
    httpTimeoutMs: number;
    /** How long a provider's circuit stays open after repeated failures. */
    circuitOpenMs: number;
    /** Where the bundled tracks' generated audio is kept (regenerated when missing). */
    audioCacheDir: string;
  };
  ai: { url: string; apiKey: string; model: string; dailyQuota: number; timeoutMs: number; allowPrivateUrls: boolean } | null;
  /**
   * `stripe` with STRIPE_SECRET_KEY; `test` without it outside production (plan switches at once, clearly
   * labelled); null in production without it (checkout and portal answer 503).
   */
  billing: BillingConfig;
  limits: {
    authPerMinute: number;
    /** Per account from every IP, then progressive delays. */
    loginMaxFailures: number;
    /** Per (account, IP), then progressive delays for that pair only. */
    loginMaxFailuresPerAccountIp: number;
    /** Per IP on every account, then a wall until the window ends. */
    loginMaxFailuresPerIp: number;
    perMinute: number;
    /** Open sockets per user across instances; the oldest goes beyond it (0 = no cap). */
    socketsPerUser: number;
    /** Join-code lookups and joins per signed-in user (per IP otherwise), against code guessing. */
    eventCodePerMinute: number;
  };
  /** Fairness of events: token bucket per user per event for votes, re-proposal cooldown after a track played. */
  events: {
    votesPerMinute: number;
    voteBurst: number;
    reproposeCooldownMinutes: number;
    /** After a track's end, how long the server waits for a device's `next` before advancing by itself. */
    autoAdvanceGraceMs: number;
    /** How often each instance looks for due deadlines; 0 turns the poller off (tests call it by hand). */
    autoAdvancePollMs: number;
  };
}

export type MailTransport = 'smtp' | 'log' | 'dev-outbox';

function mailTransport(v: EnvValues, isProduction: boolean): MailTransport {
  if (v.MAIL_TRANSPORT === 'log') return 'log';
  if (v.SMTP_URL) return 'smtp';
  return isProduction ? 'log' : 'dev-outbox';
}

export interface OAuthProviderConfig {
  clientId: string;
  clientSecret: string;
  authorizationUrl: string;
  tokenUrl: string;
  profileUrl: string;
}

/**
 * Which peers may name the client IP in X-Forwarded-For. By default none in production: with no proxy in
 * front (docker-compose publishes the port), trusting one hop would let any client pick its IP and walk past
 * every per-IP limit. Deployments behind a proxy say how many hops (render.yaml sets 1).
 */
function trustProxy(raw: string | undefined, isProduction: boolean): string | number | boolean {
  if (raw === undefined) return isProduction ? false : 'loopback';
  if (raw === 'true' || raw === 'false') return raw === 'true';
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/**
 * Under the OS temporary directory, one per user: a cache that any instance can rebuild, kept off the data
 * volume, and never a directory another account created (the image runs as the unprivileged `node`).
 */
function defaultAudioCacheDir(): string {
  return join(tmpdir(), `musicroom-audio-${process.getuid?.() ?? 'user'}`);
}

export function buildConfig(v: EnvValues, jwtSecret: string): AppConfig {
  const isProduction = v.NODE_ENV === 'production';
  const provider = (id?: string, secret?: string, urls?: [string, string, string]): OAuthProviderConfig | null =>
    id && secret && urls
      ? { clientId: id, clientSecret: secret, authorizationUrl: urls[0], tokenUrl: urls[1], profileUrl: urls[2] }
      : null;
  const migrateOnBoot = v.DATABASE_MIGRATE_ON_BOOT;
  const publicUrl = v.PUBLIC_URL ?? 'http://localhost:3000';
  return {
    env: v.NODE_ENV,
    isProduction,
    http: {
      host: v.HOST,
      port: v.PORT,
      publicUrl,
      corsOrigins: v.CORS_ORIGINS.length > 0 ? v.CORS_ORIGINS : [new URL(publicUrl).origin],
      trustProxy: trustProxy(v.TRUST_PROXY, isProduction),
      bodyLimit: v.BODY_LIMIT,
      webDistDir: v.WEB_DIST_DIR,
      shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    },
    log: { level: v.LOG_LEVEL },
    passwordHashCost: v.ARGON2_COST,
    dataDir: v.DATA_DIR,
    database: v.DATABASE_URL
      ? { kind: 'postgres', url: v.DATABASE_URL, poolSize: v.DATABASE_POOL_SIZE, migrateOnBoot }
      : { kind: 'pglite', storage: v.DATABASE_EMBEDDED, dir: `${v.DATA_DIR}/pgdata`, migrateOnBoot },
    redis: v.REDIS_URL ? { url: v.REDIS_URL, keyPrefix: v.REDIS_KEY_PREFIX } : null,
    jwt: { secret: jwtSecret, accessTtlSeconds: v.JWT_ACCESS_TTL_SECONDS, refreshTtlDays: v.REFRESH_TOKEN_TTL_DAYS },
    mail: { transport: mailTransport(v, isProduction), smtpUrl: v.SMTP_URL ?? null, from: v.MAIL_FROM },
    oauth: {
      redirectAllowlist: v.OAUTH_REDIRECT_ALLOWLIST.length > 0 ? v.OAUTH_REDIRECT_ALLOWLIST : [new URL(publicUrl).origin],
      google: provider(v.GOOGLE_CLIENT_ID, v.GOOGLE_CLIENT_SECRET, [
        v.GOOGLE_AUTHORIZATION_URL,
        v.GOOGLE_TOKEN_URL,
        v.GOOGLE_USERINFO_URL,
      ]),
      fortyTwo: provider(v.FORTYTWO_CLIENT_ID, v.FORTYTWO_CLIENT_SECRET, [
        v.FORTYTWO_AUTHORIZATION_URL,
        v.FORTYTWO_TOKEN_URL,
        v.FORTYTWO_PROFILE_URL,
      ]),
    },
    music: {
      deezer: { enabled: v.DEEZER_ENABLED, apiUrl: v.DEEZER_API_URL },
      youtube: { apiKey: v.YOUTUBE_API_KEY ?? null, apiUrl: v.YOUTUBE_API_URL },
      jamendo: { clientId: v.JAMENDO_CLIENT_ID ?? null, apiUrl: v.JAMENDO_API_URL },
      itunes: { enabled: v.ITUNES_ENABLED, apiUrl: v.ITUNES_API_URL },
      cacheTtlSeconds: v.MUSIC_CACHE_TTL_SECONDS,
      httpTimeoutMs: v.MUSIC_HTTP_TIMEOUT_MS,
      circuitOpenMs: v.MUSIC_CIRCUIT_OPEN_SECONDS * 1000,
      audioCacheDir: v.AUDIO_CACHE_DIR ?? defaultAudioCacheDir(),
    },
    ai:
      v.AI_IMAGES_URL && v.AI_API_KEY
        ? {
            url: v.AI_IMAGES_URL,
            apiKey: v.AI_API_KEY,
            model: v.AI_IMAGES_MODEL,
            dailyQuota: v.AI_DAILY_QUOTA,
            timeoutMs: v.AI_TIMEOUT_MS,
            allowPrivateUrls: v.AI_ALLOW_PRIVATE_URLS,
          }
        : null,
    billing: billingConfig(v, isProduction),
    limits: {
      authPerMinute: v.RATE_LIMIT_AUTH_PER_MINUTE,
      loginMaxFailures: v.LOGIN_MAX_FAILURES,
      loginMaxFailuresPerAccountIp: v.LOGIN_MAX_FAILURES_PER_ACCOUNT_IP,
      loginMaxFailuresPerIp: v.LOGIN_MAX_FAILURES_PER_IP,
      perMinute: v.RATE_LIMIT_PER_MINUTE,
      socketsPerUser: v.SOCKETS_PER_USER,
      eventCodePerMinute: v.RATE_LIMIT_EVENT_CODE_PER_MINUTE,
    },
    events: {
      votesPerMinute: v.EVENT_VOTES_PER_MINUTE,
      voteBurst: v.EVENT_VOTE_BURST,
      reproposeCooldownMinutes: v.EVENT_REPROPOSE_COOLDOWN_MINUTES,
      autoAdvanceGraceMs: v.AUTO_ADVANCE_GRACE_MS,
      autoAdvancePollMs: v.AUTO_ADVANCE_POLL_MS,
    },
  };
}

export type BillingConfig =
  | { provider: 'stripe'; secretKey: string; webhookSecret: string; priceId: string; apiUrl: string | null }
  | { provider: 'test' }
  | { provider: null };

function billingConfig(v: EnvValues, isProduction: boolean): BillingConfig {
  if (v.STRIPE_SECRET_KEY && v.STRIPE_WEBHOOK_SECRET && v.STRIPE_PRICE_ID) {
    return { provider: 'stripe', secretKey: v.STRIPE_SECRET_KEY, webhookSecret: v.STRIPE_WEBHOOK_SECRET, priceId: v.STRIPE_PRICE_ID, apiUrl: v.STRIPE_API_URL ?? null };
  }
  return isProduction ? { provider: null } : { provider: 'test' };
}

/** Reads, validates and completes the configuration. Throws ConfigValidationError naming every bad variable. */
export function loadConfig(source: EnvSource = process.env): AppConfig {
  const values = parseEnv(source);
  const secret = resolveJwtSecret(values);
  return buildConfig(values, secret);
}

export const envVariableNames = Object.keys(schema) as Array<keyof Schema>;
