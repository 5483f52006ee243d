import { describe, expect, it } from 'vitest';
import { ConfigValidationError, loadConfig } from './config';
import { DataDirLockedError } from './infra/database';
import { readyLine, startupFailureMessage } from './startup-messages';

const config = (env: Record<string, string> = {}) => loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'j'.repeat(48), ...env });
const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('startup messages', () => {
  it('describe the embedded default and a production setup without credentials', () => {
    expect(readyLine(config(), 3000)).toBe('MusicRoom listening on http://localhost:3000 — database: embedded PGlite (./.data); realtime: in-process');
    const prod = config({ DATABASE_URL: 'postgres://app:hunter2@db.internal:5432/musicroom', REDIS_URL: 'redis://:pw@cache:6379', HOST: 'app.local' });
    expect(readyLine(prod, 8080)).toBe('MusicRoom listening on http://app.local:8080 — database: PostgreSQL db.internal:5432/musicroom; realtime: Redis');
    expect(readyLine(config({ DATABASE_EMBEDDED: 'memory' }), 1)).toContain('embedded PGlite (in memory)');
  });

  it('turn the failures an operator can fix into one line', () => {
    const pg = config({ DATABASE_URL: 'postgres://app:hunter2@db:5432/musicroom', PORT: '3100' });
    expect(startupFailureMessage(withCode('EADDRINUSE'), pg)).toBe(
      'Port 3100 on 0.0.0.0 is already in use (PORT=3100): stop the other server or set PORT to a free port.',
    );
    const refused = Object.assign(new AggregateError([withCode('ECONNREFUSED')], ''), { code: undefined });
    expect(startupFailureMessage(refused, pg)).toBe('Cannot connect to the database at DATABASE_URL=postgres://app:***@db:5432/musicroom: ECONNREFUSED');
    const badPassword = withCode('28P01', 'password authentication failed for user "app"');
    expect(startupFailureMessage(badPassword, pg)).toBe(
      'Cannot connect to the database at DATABASE_URL=postgres://app:***@db:5432/musicroom: password authentication failed for user "app"',
    );
    expect(startupFailureMessage(new DataDirLockedError('held by 12', 12), null)).toBe('held by 12');
    expect(startupFailureMessage(new ConfigValidationError({ PORT: 'is bad' }), null)).toBe('Invalid configuration:\n  - PORT is bad');
  });

  it('keep the stack of anything unexpected, for the developer', () => {
    const message = startupFailureMessage(new TypeError('x is undefined'), config());
    expect(message).toMatch(/^MusicRoom failed to start: TypeError: x is undefined\n\s+at /);
  });
});
