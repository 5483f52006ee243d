import { Client } from 'pg';

/** Runs `work` on a short-lived connection to the server's admin database (CREATE/DROP DATABASE). */
export async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
