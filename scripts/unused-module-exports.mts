/**
 * Lists the exports of module index.ts files (src/modules/<name>/index.ts) that nothing outside the module imports:
 * not another module, not src/ outside modules (app module, schema, docs, contracts), not scripts/, test/, bench/ or
 * migrations/. Exits 1 when there is one, so a module's public surface stays what others actually use.
 *
 *   npm run lint:exports   (part of npm run lint)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const modulesDir = join(root, 'src', 'modules');
const scanned = ['src', 'scripts', 'test', 'bench', 'migrations'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The names a module's index.ts exports. */
function exportsOf(index: string): string[] {
  const source = ts.createSourceFile(index, readFileSync(index, 'utf8'), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.map((element) => element.name.text));
    } else if (ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      if (ts.isVariableStatement(statement)) {
        names.push(...statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : [])));
      } else if ((ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement)) && statement.name) {
        names.push(statement.name.text);
      }
    }
  }
  return names;
}

/** module directory → names imported from its index by files outside it. */
function usedNames(): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  for (const file of scanned.flatMap((dir) => tsFiles(join(root, dir)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const target = resolve(dirname(file), node.moduleSpecifier.text).replace(/[/\\]index$/, '');
        if (dirname(target) === modulesDir && !(file + sep).startsWith(target + sep)) {
          const names = used.get(target) ?? new Set<string>();
          used.set(target, names);
          const bindings = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : node.exportClause;
          if (bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) {
            for (const element of bindings.elements) names.add((element.propertyName ?? element.name).text);
          } else {
            names.add('*');
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return used;
}

const used = usedNames();
const unused: string[] = [];
for (const name of readdirSync(modulesDir).sort()) {
  const dir = join(modulesDir, name);
  const index = join(dir, 'index.ts');
  if (!statSync(dir).isDirectory()) continue;
  const names = used.get(dir) ?? new Set<string>();
  if (names.has('*')) continue;
  for (const exported of exportsOf(index)) if (!names.has(exported)) unused.push(`${relative(root, index)}: ${exported}`);
}
for (const line of unused) console.log(line);
console.log(unused.length === 0 ? 'Every export of a module index.ts is used outside its module.' : `${unused.length} unused exports`);
process.exitCode = unused.length === 0 ? 0 : 1;
