import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEmbeddedTemplate, templateFingerprint, writeAtomically } from '../../scripts/embedded-template';
import { Database, openDatabase } from '../../src/infra/database';
import { seedBundledCatalogue } from '../../src/modules/music';
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

/** `npm run build:server`'s template (scripts/embedded-template.ts) and the fingerprint it was built for. */
const BUILT_TEMPLATE = join(root, 'dist/embedded-template.tar');
const builtFingerprint = (): string | null => (existsSync(`${BUILT_TEMPLATE}.fingerprint`) ? readFileSync(`${BUILT_TEMPLATE}.fingerprint`, 'utf8') : null);

/**
 * A migrated and seeded PGlite dump: the build's template when it was built from the same migrations, catalogue
 * and PGlite (a fresh clone has built it, so its first run migrates nothing); otherwise one built here and kept
 * next to node_modules' cache, reused while the schema is unchanged.
 */
async function pgliteSnapshot(): Promise<string> {
  const fingerprint = templateFingerprint();
  if (existsSync(BUILT_TEMPLATE) && builtFingerprint() === fingerprint) return BUILT_TEMPLATE;
  const file = join(root, `node_modules/.cache/musicroom-tests/pglite-${fingerprint}.tar`);
  if (!existsSync(file)) writeAtomically(file, await buildEmbeddedTemplate('none'));
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
    await seedBundledCatalogue(new Database(opened.dataSource));
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
