import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Nest needs decorator metadata, which only SWC (not esbuild/oxc) emits for Vitest. */
const decorators = swc.vite({
  jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2023' },
  module: { type: 'es6' },
});

/**
 * Test tiers, as in immich's server:
 * - unit: pure logic, no database, no network;
 * - medium: services with their real repositories on a database cloned from the run's migrated template;
 * - e2e: the whole app over HTTP and sockets;
 * - services: what needs PostgreSQL and Redis themselves (outages, several instances).
 */
const tiers = {
  unit: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
  medium: ['test/medium/**/*.spec.ts'],
  e2e: ['test/e2e/**/*.e2e-spec.ts'],
  services: ['test/services/**/*.spec.ts'],
  hostile: ['test/hostile/**/*.spec.ts'],
  faults: ['test/faults/**/*.spec.ts'],
};

/** `**` and `*` globs as regular expressions (enough for the tier globs above). */
const globToRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').split('**/').map((part) => part.replace(/\*/g, '[^/]*')).join('(?:.*/)?')}$`);
const tierPatterns = Object.values(tiers).flat().map(globToRegExp);
// A spec file outside every tier would never run: refuse to start instead.
const strays = ['src', 'scripts', 'test']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => `${dir}/${file}`))
  .filter((file) => /\.(e2e-)?spec\.ts$/.test(file) && !tierPatterns.some((pattern) => pattern.test(file)));
if (strays.length > 0) throw new Error(`Spec files outside every test tier (see vitest.config.mts): ${strays.join(', ')}`);

/**
 * Files of a tier share their worker process (no per-file isolation): the app's modules are imported and
 * PGlite's WebAssembly compiled once per worker rather than once per file. Each file still boots its own app
 * on its own database, so no state crosses files; the services tier keeps isolation (process-wide listeners).
 */
const shared = { globals: false, pool: 'forks' as const, isolate: false, setupFiles: ['test/support/setup.ts'] };
/** Tiers that use a database: the global setup migrates and seeds it once per run, each file gets a clone. */
const withDatabase = { ...shared, globalSetup: ['test/support/database-template.ts'], testTimeout: 60_000, hookTimeout: 60_000 };

/**
 * The files that take longest (real server processes, on-disk databases, full-length audio, the party flows)
 * start first within their tier, longest first, so that none of them is left to run alone at the end: on a
 * fresh clone Vitest has no timings of its own yet and would start the largest files first instead.
 */
const LONGEST_FIRST = [
  'test/e2e/process/npm-start.e2e-spec.ts',
  'test/e2e/process/startup-failures.e2e-spec.ts',
  'test/medium/embedded-database.spec.ts',
  'test/e2e/bundled-audio.e2e-spec.ts',
  'test/e2e/events/party.e2e-spec.ts',
  'test/medium/events/event-auto-advance.spec.ts',
  'test/medium/embedded-backup.spec.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(relative(import.meta.dirname, file.moduleId));
      return index === -1 ? LONGEST_FIRST.length : index;
    };
    // A worker serves one project: the files of a project stay together (a worker moving to another project is a
    // new process that imports everything again). The project of the longest files comes first, the many short
    // unit and web files last, where they fill both workers up to the end of the run.
    const byTier = new Map<string, TestSpecification[]>();
    for (const file of sorted) byTier.set(file.project.name, [...(byTier.get(file.project.name) ?? []), file]);
    const tierRank = (name: string) => (name === 'unit' || name === 'web-unit' ? 1 : 0);
    return [...byTier.entries()]
      .map(([name, tier], i) => ({ name, tier, i }))
      .sort((a, b) => tierRank(a.name) - tierRank(b.name) || a.i - b.i)
      .flatMap(({ tier }) => tier.map((file, i) => ({ file, i })).sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i).map(({ file }) => file));
  }
}

export default defineConfig({
  plugins: [decorators],
  test: {
    // Vitest's default is one worker per core minus one: a single worker on a 2-core machine, while most of
    // a database or HTTP test is spent waiting. Two files at a time at least.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: LongestFirst },
    projects: [
      { plugins: [decorators], test: { ...shared, name: 'unit', include: tiers.unit } },
      { plugins: [decorators], test: { ...withDatabase, name: 'medium', include: tiers.medium } },
      { plugins: [decorators], test: { ...withDatabase, name: 'e2e', include: tiers.e2e } },
      // Both tiers in one project, what `npm test` and `test:services` run: their workers go from a medium file to an
      // e2e one without a new process, and their modules are transformed and imported once, not once per tier.
      { plugins: [decorators], test: { ...withDatabase, name: 'medium+e2e', include: [...tiers.medium, ...tiers.e2e] } },
      // A process per file (process-wide listeners), files side by side: each process has its own Redis key prefix
      // and each app its own database, and outages are cut through a proxy of the file's own, never the server.
      { plugins: [decorators], test: { ...withDatabase, name: 'services', include: tiers.services, isolate: true, testTimeout: 120_000, hookTimeout: 120_000 } },
      // Hostile input (fuzzers and sweeps) and fault injection with real processes: run by their own scripts.
      { plugins: [decorators], test: { ...withDatabase, name: 'hostile', include: tiers.hostile, testTimeout: 300_000 } },
      {
        plugins: [decorators],
        test: { ...shared, name: 'faults', include: tiers.faults, isolate: true, testTimeout: 180_000, hookTimeout: 120_000, fileParallelism: false },
      },
      // The web client's component tests (happy-dom, no browser): its own config, run by the root `npm test`.
      'client-web/vitest.unit.config.ts',
    ],
  },
});
