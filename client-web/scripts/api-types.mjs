// Generates src/api/schema.d.ts from the committed openapi.json (`write`), or fails when it is stale (`check`).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const spec = new URL('../../openapi.json', import.meta.url);
const target = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const banner = '// Generated from openapi.json by `npm run api:generate` (openapi-typescript). Do not edit.\n';

const generated = banner + astToString(await openapiTS(JSON.parse(readFileSync(spec, 'utf8'))));
const mode = process.argv[2] ?? 'write';
if (mode === 'write') {
  writeFileSync(target, generated);
  console.log(`wrote ${target}`);
} else if (mode === 'check') {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== generated) {
    console.error('src/api/schema.d.ts is stale: run `npm run api:generate` in client-web and commit it.');
    process.exit(1);
  }
  console.log('src/api/schema.d.ts matches openapi.json');
} else {
  console.error('usage: api-types.mjs write|check');
  process.exit(2);
}
