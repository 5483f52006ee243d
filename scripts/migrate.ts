import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadConfig, loadDotEnv, type AppConfig } from '../src/config';
import { openDatabase, pendingSchemaChanges, runMigrations, type OpenedDatabase } from '../src/infra/database';
import { schema } from '../src/schema';
import { runMain } from './run-main';

/** Run from the repository root (npm scripts do). */
const MIGRATIONS_DIR = join(process.cwd(), 'migrations');
const usage = 'usage: migrate run | revert | show | check | generate <PascalCaseName>';

/** Migration files on disk (`<epoch>-<Name>.ts`) that migrations/index.ts does not list. */
export function unlistedMigrationFiles(dir = MIGRATIONS_DIR): string[] {
  const index = readFileSync(join(dir, 'index.ts'), 'utf8');
  return readdirSync(dir)
    .filter((f) => /^\d{13}-[A-Za-z0-9]+\.ts$/.test(f))
    .filter((f) => !index.includes(`'./${f.replace(/\.ts$/, '')}'`));
}

const quote = (sql: string) => sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

export function renderMigration(name: string, epoch: number, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(\`${quote(q)}\`);`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${epoch} implements MigrationInterface {
  name = '${name}${epoch}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}

function register(name: string, epoch: number): void {
  const file = join(MIGRATIONS_DIR, 'index.ts');
  const source = readFileSync(file, 'utf8');
  const className = `${name}${epoch}`;
  const withImport = source.replace(/(\n\/\*\*)/, `\nimport { ${className} } from './${epoch}-${name}';$1`);
  const updated = withImport.replace(/export const migrations: Function\[\] = \[([\s\S]*?)\];/, (_all, body: string) => {
    const items = body.trim() ? `${body.trimEnd().replace(/,?$/, ',')}\n  ${className},\n` : `\n  ${className},\n`;
    return `export const migrations: Function[] = [${items}];`;
  });
  writeFileSync(file, updated);
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/** Which of the app's migrations the database has run, and which it has not (yet). */
export async function migrationStatus(ds: DataSource): Promise<MigrationStatus> {
  const table = await ds.query<Array<{ present: boolean }>>(`SELECT to_regclass('migrations') IS NOT NULL AS present`);
  const rows = table[0]?.present ? await ds.query<Array<{ name: string }>>('SELECT name FROM migrations ORDER BY timestamp, id') : [];
  const applied = rows.map((r) => r.name);
  const pending = ds.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.includes(name));
  return { applied, pending };
}

export function formatMigrationStatus({ applied, pending }: MigrationStatus): string {
  const list = (names: string[]) => (names.length ? names.map((n) => `\n  ${n}`).join('') : ' none');
  return `Applied (${applied.length}):${list(applied)}\nPending (${pending.length}):${list(pending)}`;
}

/** A database to compare against: DATABASE_URL when given, otherwise a throwaway in-memory PGlite. */
function databaseFor(command: string, config: AppConfig): AppConfig['database'] {
  const throwaway = ['generate', 'check'].includes(command) && config.database.kind === 'pglite';
  return throwaway ? { kind: 'pglite', storage: 'memory', dir: '', migrateOnBoot: false } : { ...config.database, migrateOnBoot: false };
}

async function main(): Promise<number> {
  const [command, name] = process.argv.slice(2);
  if (!command) return fail(usage);
  loadDotEnv();
  const config = loadConfig();
  const opened: OpenedDatabase = await openDatabase(databaseFor(command, config), schema);
  try {
    const ds = opened.dataSource;
    switch (command) {
      case 'run': {
        const applied = await runMigrations(ds, { useAdvisoryLock: !opened.embedded });
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to migrate.');
        return 0;
      }
      case 'revert':
        await ds.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration.');
        return 0;
      case 'show':
        console.log(formatMigrationStatus(await migrationStatus(ds)));
        return 0;
      case 'check': {
        await runMigrations(ds, { useAdvisoryLock: !opened.embedded });
        const unlisted = unlistedMigrationFiles();
        const drift = await pendingSchemaChanges(ds);
        if (unlisted.length) console.error(`Not listed in migrations/index.ts: ${unlisted.join(', ')}`);
        if (drift.up.length) console.error(`Entities and migrations disagree; missing SQL:\n${drift.up.join(';\n')}`);
        if (unlisted.length || drift.up.length) return 1;
        console.log('Entities and migrations agree.');
        return 0;
      }
      case 'generate': {
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) return fail(usage);
        await runMigrations(ds, { useAdvisoryLock: !opened.embedded });
        const drift = await pendingSchemaChanges(ds);
        if (!drift.up.length) return fail('No schema changes: entities already match the migrations.');
        const epoch = Date.now();
        writeFileSync(join(MIGRATIONS_DIR, `${epoch}-${name}.ts`), renderMigration(name, epoch, drift.up, drift.down));
        register(name, epoch);
        console.log(`Wrote migrations/${epoch}-${name}.ts`);
        return 0;
      }
      default:
        return fail(usage);
    }
  } finally {
    await opened.close();
  }
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

if (require.main === module) runMain(main);
