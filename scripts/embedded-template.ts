import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import 'reflect-metadata';
import { Database, EMBEDDED_TEMPLATE, openDatabase } from '../src/infra/database';
import { loadBundledCatalogue, seedBundledCatalogue } from '../src/modules/music';
import { schema } from '../src/schema';
import { runMain } from './run-main';

type Migrations = typeof schema.migrations;

/** The repository: the nearest directory above this file that holds the migrations' TypeScript sources. */
function repoRoot(from = __dirname): string {
  if (existsSync(join(from, 'migrations/index.ts'))) return from;
  if (dirname(from) === from) throw new Error('cannot find migrations/index.ts above scripts/embedded-template');
  return repoRoot(dirname(from));
}

/**
 * Changes whenever what a new, migrated and seeded embedded database holds could change. Computed from the
 * migrations' sources, not their compiled code, so the build (dist/, tsc) and the tests (the sources, SWC) agree
 * on it: the tests start from the build's template when it is current (test/support/database-template.ts).
 */
export function templateFingerprint(): string {
  const hash = createHash('sha256');
  const dir = join(repoRoot(), 'migrations');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  hash.update(JSON.stringify(loadBundledCatalogue()));
  hash.update(readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '../package.json')));
  return hash.digest('hex').slice(0, 16);
}

/** A new embedded database, migrated (every migration unless told otherwise) and seeded: PGlite's tarball of it. */
export async function buildEmbeddedTemplate(compression: 'none' | 'gzip', migrations: Migrations = schema.migrations): Promise<Buffer> {
  const opened = await openDatabase({ kind: 'pglite', storage: 'memory', dir: '', migrateOnBoot: true }, { ...schema, migrations });
  try {
    if (!opened.embedded) throw new Error('expected the embedded database');
    await seedBundledCatalogue(new Database(opened.dataSource));
    return Buffer.from(await (await opened.embedded.dumpDataDir(compression)).arrayBuffer());
  } finally {
    await opened.close();
  }
}

/** Writes `file` whole or not at all: a reader never sees half of it. */
export function writeAtomically(file: string, bytes: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/**
 * `npm run build:server`'s last step: the template a new on-disk embedded database starts from
 * (EMBEDDED_TEMPLATE), rebuilt only when the migrations, the catalogue or PGlite changed.
 */
async function main(): Promise<number> {
  const stamp = `${EMBEDDED_TEMPLATE}.fingerprint`;
  const fingerprint = templateFingerprint();
  if (existsSync(EMBEDDED_TEMPLATE) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return 0;
  writeAtomically(EMBEDDED_TEMPLATE, await buildEmbeddedTemplate('none'));
  writeFileSync(stamp, fingerprint);
  console.log(`Wrote the embedded database template (${schema.migrations.length} migrations, catalogue seeded).`);
  return 0;
}

if (require.main === module) runMain(main);
