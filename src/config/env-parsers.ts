/** Small typed parsers for environment variables. Each returns a value or throws a message naming what is wrong. */
export type EnvParser<T> = (raw: string | undefined) => T;

export class EnvValueError extends Error {}

const fail = (message: string): never => {
  throw new EnvValueError(message);
};

const present = (raw: string | undefined): raw is string => raw !== undefined && raw.trim() !== '';

export const env = {
  string<T extends string | undefined>(fallback: T): EnvParser<string | T> {
    return (raw) => (present(raw) ? raw.trim() : fallback);
  },

  matching<T extends string | undefined>(fallback: T, pattern: RegExp, rule: string): EnvParser<string | T> {
    return (raw) => {
      if (!present(raw)) return fallback;
      const value = raw.trim();
      return pattern.test(value) ? value : fail(`must be ${rule} (got "${raw}")`);
    };
  },

  int(fallback: number, opts: { min?: number; max?: number } = {}): EnvParser<number> {
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = opts;
    return (raw) => {
      if (!present(raw)) return fallback;
      const value = Number(raw.trim());
      if (!Number.isInteger(value) || value < min || value > max) {
        return fail(`must be an integer between ${min} and ${max} (got "${raw}")`);
      }
      return value;
    };
  },

  bool(fallback: boolean): EnvParser<boolean> {
    return (raw) => {
      if (!present(raw)) return fallback;
      const value = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(value)) return true;
      if (['0', 'false', 'no', 'off'].includes(value)) return false;
      return fail(`must be true or false (got "${raw}")`);
    };
  },

  oneOf<const T extends readonly string[], F extends T[number] | undefined = T[number]>(values: T, fallback: F): EnvParser<T[number] | F> {
    return (raw) => {
      if (!present(raw)) return fallback;
      const value = raw.trim();
      return values.includes(value) ? value : fail(`must be one of ${values.join(', ')} (got "${raw}")`);
    };
  },

  url<T extends string | undefined>(fallback: T, protocols: readonly string[] = ['http:', 'https:']): EnvParser<string | T> {
    return (raw) => {
      if (!present(raw)) return fallback;
      let parsed: URL;
      try {
        parsed = new URL(raw.trim());
      } catch {
        return fail(`must be a URL (got "${raw}")`);
      }
      if (!protocols.includes(parsed.protocol)) {
        return fail(`must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
      }
      return raw.trim().replace(/\/+$/, '');
    };
  },

  list(fallback: string[], item?: (value: string) => string | undefined): EnvParser<string[]> {
    return (raw) => {
      if (!present(raw)) return fallback;
      const values = raw
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      for (const value of values) {
        const problem = item?.(value);
        if (problem) return fail(`${problem} (got "${value}")`);
      }
      return values;
    };
  },
};

export const originProblem = (value: string): string | undefined => {
  try {
    const url = new URL(value);
    return url.origin === value ? undefined : 'must list origins like https://app.example.com (no path)';
  } catch {
    return 'must list origins like https://app.example.com';
  }
};

export const redirectUriProblem = (value: string): string | undefined => {
  try {
    new URL(value);
    return undefined;
  } catch {
    return 'must list absolute URIs (https://app.example.com/auth/callback or musicroom://auth)';
  }
};
