import { NODE_MAJOR } from './dockerfile-checks';
import { isObj, objAt, str } from './shape';

const majorOf = (range: string | undefined): number | undefined => {
  const match = /(\d+)/.exec(range ?? '');
  return match ? Number(match[1]) : undefined;
};

/**
 * package.json keeps every npm script on the supported Node: `engines` asks for it, and the `node`
 * devDependency (the registry's Node binary) comes first on the PATH of npm scripts, so the README's commands
 * run on it on any machine with npm. Scripts that must work in the runtime image run compiled code only.
 */
export function packageJsonProblems(doc: unknown, runtimeScripts: readonly string[]): string[] {
  if (!isObj(doc)) return ['must be a JSON object'];
  const problems: string[] = [];
  const engine = str(objAt(doc, 'engines')?.node);
  if (!engine || !new RegExp(`^>=\\s*${NODE_MAJOR}(\\.|$)`).test(engine)) {
    problems.push(`engines.node: must be ">=${NODE_MAJOR}…" (got ${JSON.stringify(engine)})`);
  }
  const pinned = str(objAt(doc, 'devDependencies')?.node);
  if (majorOf(pinned) !== NODE_MAJOR) {
    problems.push(`devDependencies.node: must be the registry's Node ${NODE_MAJOR} (got ${JSON.stringify(pinned)})`);
  }
  if (objAt(doc, 'allowScripts')?.node !== true) problems.push('allowScripts.node: must be true (its install script places the binary)');
  const scripts = objAt(doc, 'scripts') ?? {};
  for (const name of runtimeScripts) {
    const command = str(scripts[name]);
    if (!command) problems.push(`scripts.${name}: is missing`);
    else if (/\b(tsc|tsx|ts-node|npm run build)\b/.test(command)) {
      problems.push(`scripts.${name}: must run the compiled dist/ (the runtime image has no compiler)`);
    }
  }
  return problems;
}
