/** A connection URL fit for a log line or a message: its password masked. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(unparsable URL)';
  }
}

/** `host/database` of a PostgreSQL URL, for the ready line. */
export function describePostgres(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.host}${url.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}
