import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkModels, type FixtureBinding } from './ios/check-models';
import type { Json } from './ios/fixture-shape';
import type { OpenApiDocument } from './ios/openapi-drift';
import { parseSwiftFile, type SwiftTypeDeclaration, type SyntaxProblem } from './ios/swift-source';
import { runMain } from './run-main';

const ROOT = process.cwd();
const CLIENT = join(ROOT, 'client-ios');
export const FIXTURES_DIR = join(CLIENT, 'Tests', 'MusicRoomKitTests', 'Fixtures');

function swiftFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return swiftFiles(path);
    return entry.name.endsWith('.swift') ? [path] : [];
  });
}

function readJson(path: string): unknown {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
}

/**
 * The iOS checks that run without a Swift compiler: every `.swift` file parses with tree-sitter-swift (no
 * ERROR or MISSING node), every decoded model is marked and agrees with its OpenAPI schema, and the real
 * responses recorded by the backend e2e test fit the models that decode them.
 */
function main(): Promise<number> {
  const files = swiftFiles(CLIENT);
  const problems: SyntaxProblem[] = [];
  const declarations: SwiftTypeDeclaration[] = [];
  for (const file of files) {
    const parsed = parseSwiftFile(relative(ROOT, file), readFileSync(file, 'utf8'));
    problems.push(...parsed.problems);
    declarations.push(...parsed.declarations);
  }
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: syntax ${p.kind} at ${JSON.stringify(p.text)}`);
  console.log(`Syntax: ${files.length} Swift files parsed, ${problems.length} problems.`);

  const openapi = (readJson(join(ROOT, 'openapi.json')) ?? {}) as OpenApiDocument;
  const asyncapi = readJson(join(ROOT, 'asyncapi.json')) as OpenApiDocument | undefined;
  const manifest = (readJson(join(FIXTURES_DIR, 'manifest.json')) ?? []) as FixtureBinding[];
  if (manifest.length === 0) console.error('No fixture manifest: run the iOS fixtures e2e test with WRITE_IOS_FIXTURES=1.');
  const models = checkModels({
    declarations: declarations.filter((d) => d.file.includes(join('Sources', 'MusicRoomKit'))),
    openapi,
    asyncapi,
    manifest,
    readFixture: (file) => readJson(join(FIXTURES_DIR, file)) as Json | undefined,
  });
  for (const problem of models.problems) console.error(problem);
  for (const model of models.pending) console.warn(`pending (not bound to openapi.json yet): ${model}`);
  console.log(`Models: ${models.openapiMarks} bound to OpenAPI/AsyncAPI schemas, ${models.fixtureChecks} recorded fixtures checked, ${models.pending.length} pending, ${models.problems.length} problems.`);
  return Promise.resolve(problems.length === 0 && models.problems.length === 0 && manifest.length > 0 ? 0 : 1);
}

if (require.main === module) runMain(main);
