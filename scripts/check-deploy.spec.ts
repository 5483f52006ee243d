import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { envVariableNames } from '../src/config';
import { dockerignoreProblems, staticChecks } from './check-deploy';
import { composeProblems, composeVariables, interpolate } from './deploy/compose-checks';
import { parseDockerfile } from './deploy/dockerfile';
import { dockerfileProblems } from './deploy/dockerfile-checks';
import { isIgnored, parseDockerignore } from './deploy/dockerignore';
import { envExampleProblems } from './deploy/env-example-checks';
import { appCommand } from './deploy/image-boot';
import type { ImageState } from './deploy/image-build';
import { renderProblems } from './deploy/render-checks';

const root = resolve(__dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
/** A fresh copy of a real file's YAML, to break one thing at a time. */
const yamlOf = (file: string): unknown => parseYaml(read(file));

const DELETE = Symbol('delete');
type Node = Record<string, unknown>;

/** Path segments are keys, or `[field=value]` to pick the array item whose field has that value. */
function nodeAt(doc: unknown, segments: string[]): Node {
  return segments.reduce<Node>((node, segment) => {
    const pick = /^\[(\w+)=(.+)\]$/.exec(segment);
    const next = pick ? (node as unknown as Node[]).find((item) => String(item[pick[1]]) === pick[2]) : node[segment];
    if (typeof next !== 'object' || next === null) throw new Error(`no ${segment} in the document`);
    return next as Node;
  }, doc as Node);
}

/** Sets (or deletes, with DELETE) the value at a dotted path. */
function change(doc: unknown, path: string, value: unknown): void {
  const segments = path.split('.');
  const node = nodeAt(doc, segments.slice(0, -1));
  const key = segments[segments.length - 1];
  if (value === DELETE) Reflect.deleteProperty(node, key);
  else node[key] = value;
}

type Mutations = Array<[path: string, value: unknown]>;

describe('the real deployment files', () => {
  it('pass every static check', () => {
    expect(staticChecks(root)).toEqual([
      { file: 'package.json', problems: [] },
      { file: 'Dockerfile', problems: [] },
      { file: '.dockerignore', problems: [] },
      { file: 'docker-compose.yml', problems: [] },
      { file: 'render.yaml', problems: [] },
      { file: '.env.example', problems: [] },
    ]);
  });

  it('reports missing files and unparsable YAML instead of throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-deploy-spec-'));
    try {
      writeFileSync(join(dir, 'docker-compose.yml'), 'services: [unclosed\n');
      const reports = staticChecks(dir);
      expect(reports.find((r) => r.file === 'Dockerfile')?.problems).toEqual(['is missing']);
      expect(reports.find((r) => r.file === 'render.yaml')?.problems).toEqual(['is missing']);
      expect(reports.find((r) => r.file === 'docker-compose.yml')?.problems).toEqual([expect.stringMatching(/^cannot be read: /)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Dockerfile checks', () => {
  const real = read('Dockerfile');
  const problemsOf = (text: string) => dockerfileProblems(parseDockerfile(text));

  it.each([
    ['a single stage', (t: string) => t.replace(/^FROM (?!node).*\n/gm, ''), 'must be multi-stage'],
    ['a non-slim base image', (t: string) => t.replace('node:24-bookworm-slim', 'node:24-bookworm'), 'use a slim image of Node 24'],
    ['an end-of-life Node', (t: string) => t.replace('node:24-bookworm-slim', 'node:20-bookworm-slim'), 'use a slim image of Node 24'],
    ['another base image', (t: string) => t.replace('node:24-bookworm-slim', 'debian:bookworm-slim'), 'base images must be node:24-bookworm-slim'],
    ['no npm ci', (t: string) => t.replace('RUN npm ci --no-audit', 'RUN npm install --no-audit'), '`RUN npm ci`'],
    ['no build', (t: string) => t.replace('RUN npm run build', 'RUN true'), '`RUN npm run build`'],
    ['dev dependencies kept', (t: string) => t.replace(/^RUN npm prune.*$/m, ''), 'npm prune --omit=dev'],
    ['no USER', (t: string) => t.replace('USER node\n', ''), 'non-root user'],
    ['USER root', (t: string) => t.replace('USER node', 'USER root'), 'non-root user'],
    ['no NODE_ENV', (t: string) => t.replace('ENV NODE_ENV=production', 'ENV NODE_ENV=development'), 'NODE_ENV=production'],
    ['no EXPOSE', (t: string) => t.replace('EXPOSE 3000', 'EXPOSE 8080'), 'EXPOSE 3000'],
    ['HEALTHCHECK NONE', (t: string) => t.replace(/HEALTHCHECK[^\n]*\\\n[^\n]*/, 'HEALTHCHECK NONE'), 'needs a HEALTHCHECK'],
    ['a curl healthcheck', (t: string) => t.replace(/HEALTHCHECK[^\n]*\\\n[^\n]*/, 'HEALTHCHECK CMD curl -f http://127.0.0.1:3000/api/health'), 'no curl or wget'],
    ['a healthcheck on /', (t: string) => t.replace(/HEALTHCHECK[^\n]*\\\n[^\n]*/, 'HEALTHCHECK CMD ["node", "-e", "fetch(\'http://127.0.0.1:3000/\')"]'), 'probe /api/health'],
    ['a shell-form CMD', (t: string) => t.replace('CMD ["node", "--liftoff-only", "--max-semi-space-size=4", "dist/src/main.js"]', 'CMD node dist/src/main.js'), 'CMD must be the exec form'],
    ['no init', (t: string) => t.replace(/^ENTRYPOINT.*$/m, ''), 'ENTRYPOINT must start an init'],
    ['no data volume', (t: string) => t.replace('VOLUME /app/.data', ''), 'VOLUME /app/.data'],
    ['a data volume left to root', (t: string) => t.replace(' && chown node:node /app/.data', ''), 'must give /app/.data to its user'],
    ['sources copied into the runtime', (t: string) => t.replace('COPY --from=build /app/dist ./dist', 'COPY . .'), 'must not COPY from the build context'],
  ])('reports %s', (_name, mutate, expected) => {
    const text = mutate(real);
    expect(text).not.toBe(real);
    expect(problemsOf(text).join('\n')).toContain(expected);
  });

  it('reads stages, flags, continuation lines and both ENV forms', () => {
    const file = parseDockerfile(
      'FROM node:20-slim AS base\n# comment\nENV A=1 B="two words"\nENV C 3\nFROM base\nRUN echo a \\\n  # inner comment\n  && echo b\nCOPY --from=base --chown=node:node /x ./\nHEALTHCHECK --interval=5s CMD ["node", "-v"]\n',
    );
    expect(file.stages.map((s) => [s.name, s.base])).toEqual([
      ['base', 'node:20-slim'],
      [undefined, 'base'],
    ]);
    const [run, copy, health] = file.stages[1].instructions;
    expect(run).toMatchObject({ keyword: 'RUN', args: 'echo a && echo b', line: 6 });
    expect(copy).toMatchObject({ keyword: 'COPY', flags: { from: 'base', chown: 'node:node' }, args: '/x ./' });
    expect(health).toMatchObject({ keyword: 'HEALTHCHECK', flags: { interval: '5s' }, args: 'CMD ["node", "-v"]' });
  });

  it('runs the app without the init, which only forwards signals', () => {
    const image = { entrypoint: ['/usr/bin/tini', '--'], cmd: ['node', 'dist/src/main.js'] } as ImageState;
    expect(appCommand(image)).toEqual(['node', 'dist/src/main.js']);
    expect(appCommand({ ...image, entrypoint: ['/bin/run'] })).toEqual(['/bin/run', 'node', 'dist/src/main.js']);
  });
});

describe('.dockerignore', () => {
  const ignore = parseDockerignore('**/node_modules\ndist\n.env*\n!.env.example\ndocs/*.md\n');

  it('follows Docker matching: directories cover their content, ** crosses folders, ! re-includes', () => {
    expect(isIgnored(ignore, 'node_modules/a/b.js')).toBe(true);
    expect(isIgnored(ignore, 'client-web/node_modules/x')).toBe(true);
    expect(isIgnored(ignore, 'dist/src/main.js')).toBe(true);
    expect(isIgnored(ignore, 'src/dist/x.ts')).toBe(false);
    expect(isIgnored(ignore, '.env')).toBe(true);
    expect(isIgnored(ignore, '.env.production')).toBe(true);
    expect(isIgnored(ignore, '.env.example')).toBe(false);
    expect(isIgnored(ignore, 'docs/a.md')).toBe(true);
    expect(isIgnored(ignore, 'docs/deep/a.md')).toBe(false);
  });

  it('reports secrets and local state reaching the image, and build inputs left out', () => {
    const problems = dockerignoreProblems(parseDockerignore('node_modules\nsrc\n'));
    expect(problems).toContain('.env must be ignored');
    expect(problems).toContain('.data/x must be ignored');
    expect(problems).toContain('client-web/node_modules/x must be ignored');
    expect(problems).toContain('src/main.ts must reach the build');
    expect(problems).not.toContain('node_modules/x must be ignored');
  });
});

describe('docker-compose.yml checks', () => {
  it.each<[string, Mutations, string]>([
    ['no app built from the Dockerfile', [['services.app.build', DELETE]], 'needs an app service built from the Dockerfile'],
    ['another Postgres', [['services.postgres.image', 'postgres:14']], 'needs a postgres:15 service'],
    ['another Redis', [['services.redis.image', 'redis:6']], 'needs a redis:7 service'],
    ['a Postgres without healthcheck', [['services.postgres.healthcheck', DELETE]], 'services.postgres.healthcheck: needs a test'],
    ['a Redis without healthcheck', [['services.redis.healthcheck', DELETE]], 'services.redis.healthcheck: needs a test'],
    ['Postgres data on a bind mount', [['services.postgres.volumes', ['./pg:/var/lib/postgresql/data']]], 'services.postgres.volumes: needs a named volume'],
    ['Redis data not on a volume', [['services.redis.volumes', DELETE]], 'services.redis.volumes: needs a named volume at /data'],
    ['a dependency only started', [['services.app.depends_on.postgres.condition', 'service_started']], 'depends_on.postgres: condition must be service_healthy'],
    ['dependencies as a list', [['services.app.depends_on', ['postgres', 'redis']]], 'depends_on.redis: condition must be service_healthy'],
    ['no .env', [['services.app.env_file', 'app.env']], 'env_file: must include .env'],
    ['a database URL to another host', [['services.app.environment.DATABASE_URL', 'postgres://musicroom:musicroom@db:5432/musicroom']], 'DATABASE_URL: host must match'],
    ['a database password that differs', [['services.postgres.environment.POSTGRES_PASSWORD', 'other']], 'DATABASE_URL: password must match'],
    ['a database name that differs', [['services.postgres.environment.POSTGRES_DB', 'app']], 'DATABASE_URL: database must match'],
    ['no database URL', [['services.app.environment.DATABASE_URL', DELETE]], 'DATABASE_URL: must be set'],
    ['a Redis URL to another host', [['services.app.environment.REDIS_URL', 'redis://localhost:6379']], 'REDIS_URL: must be redis://redis:6379'],
    ['a development NODE_ENV', [['services.app.environment.NODE_ENV', 'development']], 'NODE_ENV: must be production'],
    ['port 3000 not published', [['services.app.ports', ['8080:8080']]], 'ports: must publish container port 3000'],
    ['no data volume', [['services.app.volumes', []]], 'volumes: needs a named volume at /app/.data'],
    ['an undeclared volume', [['volumes.redis-data', DELETE]], '"redis-data" is not declared'],
    ['proxy headers trusted with nothing in front', [['services.app.environment.TRUST_PROXY', '${TRUST_PROXY:-1}']], 'TRUST_PROXY: must default to false'],
    ['TRUST_PROXY left to the default', [['services.app.environment.TRUST_PROXY', DELETE]], 'TRUST_PROXY: must default to false'],
  ])('reports %s', (_name, mutations, expected) => {
    const doc = yamlOf('docker-compose.yml');
    for (const [path, value] of mutations) change(doc, path, value);
    expect(composeProblems(doc).join('\n')).toContain(expected);
  });

  it('accepts the list form of environment and the long form of ports', () => {
    const doc = yamlOf('docker-compose.yml');
    const environment = Object.entries(nodeAt(doc, ['services', 'app', 'environment'])).map(([k, v]) => `${k}=${String(v)}`);
    change(doc, 'services.app.environment', environment);
    change(doc, 'services.app.ports', [{ target: 3000, published: 80 }]);
    expect(composeProblems(doc)).toEqual([]);
  });

  it('reports a file without services', () => {
    expect(composeProblems('just text')).toEqual(['must define services']);
  });

  it('interpolates like compose and lists the variables it reads', () => {
    expect(interpolate('a${X:-d}b${Y-e}$$${Z}', {})).toBe('adbe$');
    expect(interpolate('${X:-d}/${X:+set}', { X: 'v' })).toBe('v/set');
    expect(interpolate('${X:-d}|${X-e}', { X: '' })).toBe('d|');
    expect(composeVariables(read('docker-compose.yml'))).toEqual(['APP_PORT', 'POSTGRES_PASSWORD', 'TRUST_PROXY']);
  });
});

describe('render.yaml checks', () => {
  const ctx = { knownVariables: envVariableNames, fileExists: (p: string) => p === './Dockerfile' };
  const web = 'services.[type=web]';
  const envVar = (key: string) => `${web}.envVars.[key=${key}]`;

  it.each<[string, Mutations, string]>([
    ['no web service', [[`${web}.type`, 'worker']], 'needs a web service'],
    ['a native runtime', [[`${web}.runtime`, 'node']], 'runtime must be docker'],
    ['a missing Dockerfile', [[`${web}.dockerfilePath`, './docker/Dockerfile']], 'dockerfilePath must name the Dockerfile'],
    ['no health check path', [[`${web}.healthCheckPath`, DELETE]], 'healthCheckPath must be /api/health'],
    ['a disk outside the data dir', [[`${web}.disk.mountPath`, '/var/data']], 'disk must be mounted at /app/.data'],
    ['a literal DATABASE_URL', [[`${envVar('DATABASE_URL')}.fromDatabase`, DELETE], [`${envVar('DATABASE_URL')}.value`, 'postgres://x/y']], 'DATABASE_URL: must be fromDatabase'],
    ['a DATABASE_URL from an unknown database', [[`${envVar('DATABASE_URL')}.fromDatabase.name`, 'other']], 'DATABASE_URL: must be fromDatabase'],
    ['a DATABASE_URL with the wrong property', [[`${envVar('DATABASE_URL')}.fromDatabase.property`, 'host']], 'DATABASE_URL: must be fromDatabase'],
    ['a REDIS_URL from an unknown service', [[`${envVar('REDIS_URL')}.fromService.name`, 'cache']], 'REDIS_URL: must be fromService'],
    ['a REDIS_URL from a web service', [[`${envVar('REDIS_URL')}.fromService.type`, 'web']], 'REDIS_URL: must be fromService'],
    ['a JWT_SECRET typed by hand', [[`${envVar('JWT_SECRET')}.generateValue`, DELETE], [`${envVar('JWT_SECRET')}.sync`, false]], 'JWT_SECRET: must use generateValue'],
    ['a committed secret', [[`${envVar('AI_API_KEY')}.sync`, DELETE], [`${envVar('AI_API_KEY')}.value`, 'sk-123']], 'AI_API_KEY: a secret must not be committed'],
    ['two sources for one variable', [[`${envVar('PUBLIC_URL')}.value`, 'https://x']], 'PUBLIC_URL: needs exactly one of'],
    ['sync: true', [[`${envVar('PUBLIC_URL')}.sync`, true]], 'PUBLIC_URL: sync may only be false'],
    ['a variable the app does not read', [[`${envVar('PUBLIC_URL')}.key`, 'PUBLIC_URI']], 'PUBLIC_URI: not a variable of src/config/app-config.ts'],
    ['NODE_ENV not production', [[`${envVar('NODE_ENV')}.value`, 'development']], 'NODE_ENV: must be production'],
    ['a Key Value without ipAllowList', [['services.[type=keyvalue].ipAllowList', DELETE]], 'needs ipAllowList'],
    ['an old Postgres', [['databases.0.postgresMajorVersion', '14']], 'postgresMajorVersion must be 15 or newer'],
    ['two proxies trusted', [[`${envVar('TRUST_PROXY')}.value`, '2']], 'TRUST_PROXY: must be 1'],
    ['no TRUST_PROXY', [[`${envVar('TRUST_PROXY')}.key`, 'LOG_LEVEL']], 'TRUST_PROXY: must be 1'],
    ['an SMTP_URL nobody is asked for', [[`${envVar('SMTP_URL')}.key`, 'LOG_LEVEL']], 'SMTP_URL: must be declared with sync: false'],
    ['a committed PUBLIC_URL', [[`${envVar('PUBLIC_URL')}.sync`, DELETE], [`${envVar('PUBLIC_URL')}.value`, 'http://localhost:3000']], 'PUBLIC_URL: must be declared with sync: false'],
  ])('reports %s', (_name, mutations, expected) => {
    const doc = yamlOf('render.yaml');
    for (const [path, value] of mutations) change(doc, path, value);
    expect(renderProblems(doc, ctx).join('\n')).toContain(expected);
  });

  it('accepts the legacy redis service type', () => {
    const doc = yamlOf('render.yaml');
    change(doc, 'services.[type=keyvalue].type', 'redis');
    change(doc, `${envVar('REDIS_URL')}.fromService.type`, 'redis');
    expect(renderProblems(doc, ctx)).toEqual([]);
  });
});

describe('.env.example checks', () => {
  const real = read('.env.example');
  const ctx = { knownVariables: envVariableNames, composeVariables: composeVariables(read('docker-compose.yml')) };

  it.each([
    ['a variable left out', (t: string) => t.replace(/^SHUTDOWN_TIMEOUT_MS=.*\n/m, ''), 'SHUTDOWN_TIMEOUT_MS: missing'],
    ['a compose variable left out', (t: string) => t.replace(/^POSTGRES_PASSWORD=.*\n/m, ''), 'POSTGRES_PASSWORD: missing'],
    ['a variable nobody reads', (t: string) => `${t}JWT_SECRETS=\n`, 'JWT_SECRETS: not read by the app'],
    ['a filled-in secret', (t: string) => t.replace(/^GOOGLE_CLIENT_SECRET=$/m, 'GOOGLE_CLIENT_SECRET=abc'), 'GOOGLE_CLIENT_SECRET: secrets must be blank'],
    ['a value the app refuses', (t: string) => t.replace(/^PORT=.*$/m, 'PORT=eighty'), 'refused by the app'],
  ])('reports %s', (_name, mutate, expected) => {
    const text = mutate(real);
    expect(text).not.toBe(real);
    expect(envExampleProblems(text, ctx).join('\n')).toContain(expected);
  });
});
