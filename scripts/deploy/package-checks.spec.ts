import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNTIME_SCRIPTS } from '../check-deploy';
import { packageJsonProblems } from './package-checks';

type PackageJson = Record<string, Record<string, unknown>>;
const real = (): PackageJson => JSON.parse(readFileSync(join(resolve(__dirname, '../..'), 'package.json'), 'utf8')) as PackageJson;
const problemsOf = (doc: PackageJson) => packageJsonProblems(doc, RUNTIME_SCRIPTS).join('\n');

describe('package.json checks', () => {
  it('pass on the real package.json', () => {
    expect(packageJsonProblems(real(), RUNTIME_SCRIPTS)).toEqual([]);
  });

  it.each<[string, (doc: PackageJson) => void, string]>([
    ['an end-of-life engine', (d) => (d.engines.node = '>=20.19'), 'engines.node: must be ">=24'],
    ['no engine', (d) => delete d.engines.node, 'engines.node'],
    ['no Node devDependency', (d) => delete d.devDependencies.node, 'devDependencies.node'],
    ['an old Node devDependency', (d) => (d.devDependencies.node = '^20.19.0'), 'devDependencies.node'],
    ['its install script not allowed', (d) => delete d.allowScripts.node, 'allowScripts.node'],
    ['a migration script that compiles first', (d) => (d.scripts['migration:show'] = 'npm run build && node dist/scripts/migrate.js show'), 'scripts.migration:show: must run the compiled dist/'],
    ['a CLI through tsx', (d) => (d.scripts.cli = 'tsx scripts/cli.ts'), 'scripts.cli: must run the compiled dist/'],
    ['a missing operator script', (d) => delete d.scripts['migration:run'], 'scripts.migration:run: is missing'],
  ])('reports %s', (_name, mutate, expected) => {
    const doc = real();
    mutate(doc);
    expect(problemsOf(doc)).toContain(expected);
  });
});
