import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { buildOpenApiDocument } from '../src/openapi';
import { runMain } from './run-main';

const SPEC_FILE = join(process.cwd(), 'openapi.json');
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

/** The spec from the code, built on a fixed embedded configuration so it never depends on the caller's env. */
export async function renderOpenApi(): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_EMBEDDED: 'memory' });
  const app = await createApp(config);
  try {
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

async function main(): Promise<number> {
  const mode = process.argv[2] ?? 'write';
  const spec = await renderOpenApi();
  if (mode === 'write') {
    writeFileSync(SPEC_FILE, spec);
    console.log('Wrote openapi.json');
    return webTypes('write') ? 0 : 1;
  }
  let committed = '';
  try {
    committed = readFileSync(SPEC_FILE, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed === spec) {
    console.log('openapi.json is up to date.');
    return webTypes('check') ? 0 : 1;
  }
  console.error('openapi.json is stale: run `npm run openapi` and commit the result.');
  return 1;
}

if (require.main === module) runMain(main);
