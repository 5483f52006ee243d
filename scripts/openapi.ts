import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { buildAsyncApiDocument } from '../src/docs/asyncapi';
import { buildOpenApiDocument } from '../src/openapi';
import { runMain } from './run-main';

/** The committed API documents: REST (OpenAPI 3) and realtime (AsyncAPI 3). */
const DOCUMENTS = ['openapi.json', 'asyncapi.json'] as const;
type DocumentName = (typeof DOCUMENTS)[number];

const WEB_TYPES = join(process.cwd(), 'client-web', 'scripts', 'api-types.mjs');

/** The web client's generated types follow openapi.json: written with it, and stale together. */
function webTypes(mode: 'write' | 'check'): boolean {
  if (!existsSync(WEB_TYPES)) return true;
  try {
    execFileSync(process.execPath, [WEB_TYPES, mode], { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Both documents from the code, built on a fixed embedded configuration so they never depend on the caller's env. */
export async function renderApiDocuments(): Promise<Record<DocumentName, string>> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_EMBEDDED: 'memory' });
  const app = await createApp(config);
  try {
    return { 'openapi.json': json(buildOpenApiDocument(app)), 'asyncapi.json': json(buildAsyncApiDocument(app)) };
  } finally {
    await app.close();
  }
}

const committed = (name: DocumentName): string => {
  try {
    return readFileSync(join(process.cwd(), name), 'utf8');
  } catch {
    return ''; // missing counts as stale
  }
};

async function main(): Promise<number> {
  const mode = process.argv[2] ?? 'write';
  const documents = await renderApiDocuments();
  if (mode === 'write') {
    for (const name of DOCUMENTS) writeFileSync(join(process.cwd(), name), documents[name]);
    console.log(`Wrote ${DOCUMENTS.join(' and ')}`);
    return webTypes('write') ? 0 : 1;
  }
  const stale = DOCUMENTS.filter((name) => committed(name) !== documents[name]);
  if (stale.length === 0) {
    console.log(`${DOCUMENTS.join(' and ')} are up to date.`);
    return webTypes('check') ? 0 : 1;
  }
  console.error(`${stale.join(' and ')} ${stale.length > 1 ? 'are' : 'is'} stale: run \`npm run openapi\` and commit the result.`);
  return 1;
}

if (require.main === module) runMain(main);
