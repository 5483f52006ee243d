import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { Database, openDatabase, type OpenedDatabase } from '../../src/infra/database';
import { loadBundledCatalogue } from '../../src/modules/music/catalogue/bundled-catalogue';
import { CatalogueRepository } from '../../src/modules/music/catalogue/catalogue.repository';
import { schema } from '../../src/schema';
import { withAdmin } from './postgres-admin';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a migrated and seeded data-directory dump that every test database starts from. */
    pgliteSnapshot: string;
    /** PostgreSQL: name of a migrated and seeded database that every test database is created from. */
    postgresTemplate: string;
  }
}

const root = resolve(__dirname, '../..');

/** Changes whenever what a migrated and seeded database holds could change. */
function schemaFingerprint(): string {
  const hash = createHash('sha256');
  const migrationsDir = join(root, 'migrations');
  for (const file of readdirSync(migrationsDir).sort()) hash.update(file).update(readFileSync(join(migrationsDir, file)));
  hash.update(readFileSync(join(root, 'src/modules/music/catalogue/bundled-catalogue.json')));
  hash.update(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json')));
  return hash.digest('hex').slice(0, 16);
}

async function seed(opened: OpenedDatabase): Promise<void> {
  await new Database(opened.dataSource).transaction((tx) => new CatalogueRepository().replaceAll(tx, loadBundledCatalogue()));
}

/** Migrates and seeds one PGlite, dumps it next to node_modules' cache; reused while the schema is unchanged. */
async function pgliteSnapshot(): Promise<string> {
  const dir = join(root, 'node_modules/.cache/musicroom-tests');
  const file = join(dir, `pglite-${schemaFingerprint()}.tar`);
  if (existsSync(file)) return file;
  const opened = await openDatabase({ kind: 'pglite', storage: 'memory', dir: '', migrateOnBoot: true }, schema);
  try {
    await seed(opened);
    const dump = await opened.embedded!.dumpDataDir();
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  } finally {
    await opened.close();
  }
  return file;
}

/** Migrates and seeds a template database on TEST_DATABASE_URL's server; dropped when the run ends. */
async function postgresTemplate(adminUrl: string): Promise<{ name: string; drop(): Promise<void> }> {
  const name = `musicroom_tpl_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2, migrateOnBoot: true }, schema);
  try {
    await seed(opened);
  } finally {
    await opened.close();
  }
  return { name, drop: () => withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

/** Vitest global setup: migrate and seed once per run, so each test file only clones. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    project.provide('pgliteSnapshot', await pgliteSnapshot());
    return () => Promise.resolve();
  }
  const template = await postgresTemplate(adminUrl);
  project.provide('postgresTemplate', template.name);
  return () => template.drop();
}
