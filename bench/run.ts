import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import { Database, openDatabase } from '../src/infra/database';
import { schema } from '../src/schema';

/**
 * Transaction throughput of the embedded database (PGlite, serialized through one connection) against
 * PostgreSQL: the cost of the safety that keeps PGlite transactions from interleaving.
 * Usage: npm run bench [-- --postgres postgres://postgres@127.0.0.1:5432/test]
 */
interface Result {
  database: string;
  transactions: number;
  concurrency: number;
  seconds: number;
  perSecond: number;
  p50ms: number;
  p95ms: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function measure(label: string, config: Parameters<typeof openDatabase>[0], total = 2_000, concurrency = 20): Promise<Result> {
  const opened = await openDatabase(config, schema);
  const db = new Database(opened.dataSource);
  try {
    await db.query('CREATE TABLE IF NOT EXISTS bench_counter (id int PRIMARY KEY, value int NOT NULL)');
    await db.query('INSERT INTO bench_counter VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET value = 0');
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next++ < total) {
        const t0 = performance.now();
        await db.transaction(async (tx) => {
          const [row] = await tx.query<{ value: number }>('SELECT value FROM bench_counter WHERE id = 1 FOR UPDATE');
          await tx.query('UPDATE bench_counter SET value = $1 WHERE id = 1', [row.value + 1]);
        });
        latencies.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    const [row] = await db.query<{ value: number }>('SELECT value FROM bench_counter WHERE id = 1');
    if (row.value !== total) throw new Error(`lost updates: ${row.value} of ${total}`);
    await db.query('DROP TABLE bench_counter');
    latencies.sort((a, b) => a - b);
    return {
      database: label,
      transactions: total,
      concurrency,
      seconds: Number(seconds.toFixed(2)),
      perSecond: Math.round(total / seconds),
      p50ms: Number(percentile(latencies, 50).toFixed(1)),
      p95ms: Number(percentile(latencies, 95).toFixed(1)),
    };
  } finally {
    await opened.close();
  }
}

async function main() {
  const pgIndex = process.argv.indexOf('--postgres');
  const results = [await measure('pglite (memory)', { kind: 'pglite', storage: 'memory', dir: '', migrateOnBoot: false })];
  if (pgIndex > 0) {
    results.push(await measure('postgresql', { kind: 'postgres', url: process.argv[pgIndex + 1], poolSize: 10, migrateOnBoot: false }));
  }
  const table = [
    '| database | transactions | concurrency | seconds | tx/s | p50 ms | p95 ms |',
    '|---|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.database} | ${r.transactions} | ${r.concurrency} | ${r.seconds} | ${r.perSecond} | ${r.p50ms} | ${r.p95ms} |`),
  ].join('\n');
  console.log(table);
  mkdirSync(join(process.cwd(), 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(process.cwd(), 'bench', 'results', 'db-transactions.md'),
    `# FOR UPDATE increment transactions\n\nMeasured ${new Date().toISOString().slice(0, 10)} on the CI machine kind (2 cores), Node ${process.version}.\nEvery run also checks that no update was lost.\n\n${table}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
