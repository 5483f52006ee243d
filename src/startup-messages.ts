import { describePostgres, redactUrl, ConfigValidationError, type AppConfig } from './config';
import { DataDirLockedError } from './infra/database';

/** The one line printed once the server accepts requests. Never carries credentials. */
export function readyLine(config: AppConfig, port: number): string {
  const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.http.host) ? 'localhost' : config.http.host;
  const db = config.database;
  const database =
    db.kind === 'postgres'
      ? `PostgreSQL ${describePostgres(db.url)}`
      : db.storage === 'memory'
        ? 'embedded PGlite (in memory)'
        : `embedded PGlite (${config.dataDir})`;
  const realtime = config.redis ? 'Redis' : 'in-process';
  return `MusicRoom listening on http://${host}:${port} — database: ${database}; realtime: ${realtime}`;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);

/** The `code` of an error, or of the first error inside an AggregateError (a host with several addresses). */
function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const inner = (error as { errors?: unknown[] }).errors;
  return Array.isArray(inner) ? codeOf(inner[0]) : undefined;
}

/** Unreachable, refused credentials, unknown database (SQLSTATE classes 08, 28, 3D), or a connection timeout. */
function isDatabaseConnectFailure(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (NETWORK_CODES.has(code) || /^(08|28|3D)/.test(code))) return true;
  return error instanceof Error && /timeout exceeded when trying to connect|Connection terminated/i.test(error.message);
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message || (codeOf(error) ?? error.name) : String(error);

/**
 * One line (no stack trace) for the failures an operator can fix: bad configuration, a held data directory,
 * a port in use, an unreachable database. Anything else keeps its stack, which is what a developer needs.
 */
export function startupFailureMessage(error: unknown, config: AppConfig | null): string {
  if (error instanceof ConfigValidationError || error instanceof DataDirLockedError) return error.message;
  const code = codeOf(error);
  if (config && (code === 'EADDRINUSE' || code === 'EACCES')) {
    const { port, host } = config.http;
    const why = code === 'EADDRINUSE' ? 'is already in use' : 'cannot be opened by this user';
    return `Port ${port} on ${host} ${why} (PORT=${port}): stop the other server or set PORT to a free port.`;
  }
  if (config?.database.kind === 'postgres' && isDatabaseConnectFailure(error)) {
    return `Cannot connect to the database at DATABASE_URL=${redactUrl(config.database.url)}: ${messageOf(error)}`;
  }
  return `MusicRoom failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
