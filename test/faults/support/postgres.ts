import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? 'redis-server';

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database of its own on the test server; `url` connects to it, optionally through another host:port. */
export async function scratchDatabase(): Promise<{ name: string; url(hostPort?: string): string; drop(): Promise<void> }> {
  const name = `musicroom_faults_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  return {
    name,
    url: (hostPort) => {
      const url = new URL(POSTGRES_URL);
      url.pathname = `/${name}`;
      if (hostPort) url.host = hostPort;
      return url.toString();
    },
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}
