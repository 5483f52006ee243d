import { DATA_VOLUME } from './dockerfile-checks';
import { isObj, list, objAt, str, type Obj } from './shape';

const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Compose's `${VAR:-default}` interpolation (no nesting), with `vars` standing for the shell and `.env`. */
export function interpolate(value: string, vars: Record<string, string | undefined> = {}): string {
  return value.replace(VARIABLE, (all, name: string | undefined, op: string | undefined, arg: string | undefined, bare: string | undefined) => {
    if (all === '$$') return '$';
    const v = vars[name ?? bare ?? ''];
    if (op === ':-') return v ? v : (arg ?? '');
    if (op === '-') return v ?? arg ?? '';
    if (op === ':+') return v ? (arg ?? '') : '';
    if (op === '+') return v === undefined ? '' : (arg ?? '');
    return v ?? '';
  });
}

/** Variables a compose file reads from the shell or `.env`. */
export const composeVariables = (text: string): string[] =>
  [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1] ?? m[4]).filter((n): n is string => Boolean(n)))].sort();

function environmentOf(service: Obj): Record<string, string> {
  const env = service.environment;
  if (isObj(env)) return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, interpolate(str(v) ?? '')]));
  return Object.fromEntries(
    list(env)
      .map((item) => str(item) ?? '')
      .map((item) => [item.split('=')[0], interpolate(item.split('=').slice(1).join('='))]),
  );
}

interface Mount {
  source: string;
  target: string;
}

function mountsOf(service: Obj): Mount[] {
  return list(service.volumes).map((v) => {
    if (isObj(v)) return { source: str(v.source) ?? '', target: str(v.target) ?? '' };
    const [source = '', target = ''] = (str(v) ?? '').split(':');
    return { source, target };
  });
}

const isNamed = (source: string): boolean => source !== '' && !/^[./~]/.test(source);

function find(services: Obj, test: (s: Obj) => boolean): [string, Obj] | undefined {
  return Object.entries(services).find((entry): entry is [string, Obj] => isObj(entry[1]) && test(entry[1]));
}

function dependencyProblems([name, svc]: [string, Obj], deps: Array<[string, Obj]>): string[] {
  return deps
    .filter(([dep]) => str(objAt(objAt(svc, 'depends_on'), dep)?.condition) !== 'service_healthy')
    .map(([dep]) => `services.${name}.depends_on.${dep}: condition must be service_healthy`);
}

function backingServiceProblems([name, svc]: [string, Obj], dataDir: string): string[] {
  const problems: string[] = [];
  const test = list(objAt(svc, 'healthcheck')?.test);
  if (test.length === 0 || str(test[0]) === 'NONE') problems.push(`services.${name}.healthcheck: needs a test`);
  if (!mountsOf(svc).some((m) => isNamed(m.source) && m.target === dataDir)) {
    problems.push(`services.${name}.volumes: needs a named volume at ${dataDir}`);
  }
  return problems;
}

function envFileProblems([name, svc]: [string, Obj]): string[] {
  const files = (Array.isArray(svc.env_file) ? svc.env_file : [svc.env_file]).map((f) => (isObj(f) ? str(f.path) : str(f)));
  return files.some((f) => f === '.env' || f === './.env') ? [] : [`services.${name}.env_file: must include .env`];
}

function urlProblems([name, svc]: [string, Obj], pg?: [string, Obj], redis?: [string, Obj]): string[] {
  const env = environmentOf(svc);
  const problems: string[] = [];
  const parse = (key: string): URL | undefined => {
    try {
      return new URL(env[key] ?? '');
    } catch {
      problems.push(`services.${name}.environment.${key}: must be set to a URL of the compose service`);
      return undefined;
    }
  };
  if (env.NODE_ENV !== undefined && env.NODE_ENV !== 'production') problems.push(`services.${name}.environment.NODE_ENV: must be production`);
  // Compose publishes the app's port directly: nothing in front sets X-Forwarded-For, so a client could forge it.
  if (!['false', '0'].includes(env.TRUST_PROXY ?? '')) {
    problems.push(`services.${name}.environment.TRUST_PROXY: must default to false (no proxy in front: \${TRUST_PROXY:-false})`);
  }
  const db = parse('DATABASE_URL');
  if (db && pg) {
    const pgEnv = environmentOf(pg[1]);
    const user = pgEnv.POSTGRES_USER || 'postgres';
    const expected = { host: pg[0], user, password: pgEnv.POSTGRES_PASSWORD ?? '', database: pgEnv.POSTGRES_DB || user };
    const actual = {
      host: db.hostname,
      user: decodeURIComponent(db.username),
      password: decodeURIComponent(db.password),
      database: db.pathname.slice(1),
    };
    for (const key of Object.keys(expected) as Array<keyof typeof expected>) {
      if (expected[key] !== actual[key]) problems.push(`services.${name}.environment.DATABASE_URL: ${key} must match services.${pg[0]}`);
    }
  }
  const kv = parse('REDIS_URL');
  if (kv && redis && (kv.protocol !== 'redis:' || kv.hostname !== redis[0])) {
    problems.push(`services.${name}.environment.REDIS_URL: must be redis://${redis[0]}:6379`);
  }
  return problems;
}

function appShapeProblems([name, svc]: [string, Obj]): string[] {
  const problems: string[] = [];
  const build = isObj(svc.build) ? (str(svc.build.context) ?? '.') : str(svc.build);
  if (build !== '.' && build !== './') problems.push(`services.${name}.build: must build the repository root (.)`);
  const ports = list(svc.ports).map((p) => (isObj(p) ? str(p.target) : interpolate(str(p) ?? '').split(':').at(-1)));
  if (!ports.some((p) => p?.split('/')[0] === '3000')) problems.push(`services.${name}.ports: must publish container port 3000`);
  if (!mountsOf(svc).some((m) => isNamed(m.source) && m.target === DATA_VOLUME)) {
    problems.push(`services.${name}.volumes: needs a named volume at ${DATA_VOLUME}`);
  }
  return problems;
}

function volumeProblems(doc: Obj, services: Obj): string[] {
  const declared = Object.keys(objAt(doc, 'volumes') ?? {});
  return Object.entries(services).flatMap(([name, svc]) =>
    isObj(svc)
      ? mountsOf(svc)
          .filter((m) => isNamed(m.source) && !declared.includes(m.source))
          .map((m) => `services.${name}.volumes: "${m.source}" is not declared under the top-level volumes`)
      : [],
  );
}

/** Everything wrong with docker-compose.yml's shape; empty when it is fine. */
export function composeProblems(doc: unknown): string[] {
  const services = objAt(doc, 'services');
  if (!isObj(doc) || !services) return ['must define services'];
  const app = find(services, (s) => s.build !== undefined);
  const pg = find(services, (s) => /^postgres:/.test(str(s.image) ?? ''));
  const redis = find(services, (s) => /^redis:/.test(str(s.image) ?? ''));
  const problems: string[] = [];
  if (!app) problems.push('needs an app service built from the Dockerfile (build: .)');
  if (!pg || !/^postgres:15([.-]|$)/.test(str(pg[1].image) ?? '')) problems.push('needs a postgres:15 service');
  if (!redis || !/^redis:7([.-]|$)/.test(str(redis[1].image) ?? '')) problems.push('needs a redis:7 service');
  if (pg) problems.push(...backingServiceProblems(pg, '/var/lib/postgresql/data'));
  if (redis) problems.push(...backingServiceProblems(redis, '/data'));
  if (app) {
    const deps = [pg, redis].filter((d): d is [string, Obj] => d !== undefined);
    problems.push(...appShapeProblems(app), ...envFileProblems(app), ...dependencyProblems(app, deps), ...urlProblems(app, pg, redis));
  }
  return [...problems, ...volumeProblems(doc, services)];
}
