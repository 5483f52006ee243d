import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { envVariableNames } from '../src/config';
import { composeProblems, composeVariables } from './deploy/compose-checks';
import { parseDockerfile } from './deploy/dockerfile';
import { dockerfileProblems } from './deploy/dockerfile-checks';
import { isIgnored, parseDockerignore, type IgnoreRules } from './deploy/dockerignore';
import { envExampleProblems } from './deploy/env-example-checks';
import type { CheckResult } from './deploy/image-boot';
import { packageJsonProblems } from './deploy/package-checks';
import { killRunning } from './deploy/processes';
import { rehearse } from './deploy/rehearsal';
import { renderProblems } from './deploy/render-checks';
import { runMain } from './run-main';

/**
 * Checks the deployment artifacts without a Docker engine: their static shape, then (unless --static-only)
 * a rehearsal that replays the Dockerfile's build stages on this host and boots the result like the image.
 */
const usage = 'usage: check-deploy [--static-only] [--keep-temp]';

/** Paths the image must never receive (secrets, local state, host builds). */
export const MUST_BE_IGNORED = [
  '.git/HEAD',
  '.env',
  '.data/x',
  'node_modules/x',
  'dist/src/main.js',
  'coverage/x',
  'client-web/node_modules/x',
  'client-web/dist/index.html',
];
/** npm scripts an operator runs in the image, which has dist/ and no compiler. */
export const RUNTIME_SCRIPTS = ['start', 'migration:run', 'migration:revert', 'migration:show', 'cli'];

/** Paths the build needs. */
export const MUST_BE_SENT = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'src/main.ts',
  'migrations/index.ts',
  'client-web/package.json',
];

export function dockerignoreProblems(ignore: IgnoreRules): string[] {
  return [
    ...MUST_BE_IGNORED.filter((p) => !isIgnored(ignore, p)).map((p) => `${p} must be ignored`),
    ...MUST_BE_SENT.filter((p) => isIgnored(ignore, p)).map((p) => `${p} must reach the build`),
  ];
}

export interface FileReport {
  file: string;
  problems: string[];
}

function checkFile(root: string, file: string, check: (text: string) => string[]): FileReport {
  const path = join(root, file);
  if (!existsSync(path)) return { file, problems: ['is missing'] };
  try {
    return { file, problems: check(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { file, problems: [`cannot be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** The static checks of every deployment file of the repository at `root`. */
export function staticChecks(root: string): FileReport[] {
  const composePath = join(root, 'docker-compose.yml');
  const composeVars = existsSync(composePath) ? composeVariables(readFileSync(composePath, 'utf8')) : [];
  return [
    checkFile(root, 'package.json', (text) => packageJsonProblems(JSON.parse(text), RUNTIME_SCRIPTS)),
    checkFile(root, 'Dockerfile', (text) => dockerfileProblems(parseDockerfile(text))),
    checkFile(root, '.dockerignore', (text) => dockerignoreProblems(parseDockerignore(text))),
    checkFile(root, 'docker-compose.yml', (text) => composeProblems(parseYaml(text))),
    checkFile(root, 'render.yaml', (text) =>
      renderProblems(parseYaml(text), { knownVariables: envVariableNames, fileExists: (p) => existsSync(join(root, p)) }),
    ),
    checkFile(root, '.env.example', (text) => envExampleProblems(text, { knownVariables: envVariableNames, composeVariables: composeVars })),
  ];
}

const cleanups: Array<() => void | Promise<void>> = [];

async function runCleanups(): Promise<void> {
  for (const task of cleanups.splice(0).reverse()) {
    try {
      await task();
    } catch (error) {
      console.error(`  cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function print(result: CheckResult): void {
  console.log(`  ${result.ok ? '✔' : '✘'} ${result.name}${result.ok && result.detail ? ` (${result.detail})` : ''}`);
  if (!result.ok && result.detail) console.log(result.detail.replace(/^/gm, '      '));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.some((a) => !['--static-only', '--keep-temp'].includes(a))) {
    console.error(usage);
    return 2;
  }
  const root = process.cwd();
  const results: CheckResult[] = [];
  const report = (result: CheckResult) => {
    results.push(result);
    print(result);
  };

  console.log('Deployment files');
  const files = staticChecks(root);
  for (const { file, problems } of files) report({ name: file, ok: problems.length === 0, detail: problems.map((p) => `- ${p}`).join('\n') });

  if (!args.includes('--static-only')) {
    console.log('Image rehearsal (no Docker engine: the Dockerfile is replayed on this host)');
    if (files.find((f) => f.file === 'Dockerfile')?.problems.length) {
      report({ name: 'image rehearsal', ok: false, detail: 'skipped: fix the Dockerfile first' });
    } else {
      const onSignal = () => {
        killRunning();
        void runCleanups().finally(() => process.exit(130));
      };
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      try {
        await rehearse({
          repoRoot: root,
          file: parseDockerfile(readFileSync(join(root, 'Dockerfile'), 'utf8')),
          ignore: parseDockerignore(readFileSync(join(root, '.dockerignore'), 'utf8')),
          adminDatabaseUrl: process.env.CHECK_DEPLOY_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
          redisUrl: process.env.CHECK_DEPLOY_REDIS_URL ?? 'redis://127.0.0.1:6379',
          keepTemp: args.includes('--keep-temp'),
          log: (line) => console.log(`  · ${line}`),
          report,
          onCleanup: (task) => cleanups.push(task),
        });
      } catch (error) {
        report({ name: 'image rehearsal', ok: false, detail: error instanceof Error ? error.message : String(error) });
      } finally {
        await runCleanups();
      }
    }
  }

  const failed = results.filter((r) => !r.ok);
  const names = failed.map((f) => f.name).join('; ');
  console.log(failed.length ? `FAIL: ${failed.length} of ${results.length} checks failed (${names})` : `PASS: ${results.length} checks`);
  return failed.length ? 1 : 0;
}

if (require.main === module) runMain(main);
