import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult } from './image-boot';
import { asUser, runCaptured, type Finished } from './processes';

interface ScriptContext {
  runAs: { uid: number; gid: number } | undefined;
}

/** A HOME the image's user can write (npm keeps its logs there), as /home/node is in the image. */
export function writableHome(onCleanup: (task: () => void) => void): string {
  const home = mkdtempSync(join(tmpdir(), 'musicroom-home-'));
  chmodSync(home, 0o777);
  onCleanup(() => rmSync(home, { recursive: true, force: true }));
  return home;
}

/** Runs `npm run <args>` in the image as its user and judges the result. */
export async function operatorScriptCheck(
  o: ScriptContext,
  cwd: string,
  env: Record<string, string>,
  name: string,
  args: string[],
  ok: (result: Finished) => boolean,
): Promise<CheckResult> {
  const result = await runCaptured(asUser(o.runAs, ['npm', 'run', '--silent', ...args]), { cwd, env: { ...env, npm_config_update_notifier: 'false' }, timeoutMs: 120_000 });
  return { name, ok: ok(result), detail: `exit ${result.code ?? result.signal}: ${result.output.trim().split('\n').slice(-6).join(' | ')}` };
}

/** The operator's npm scripts work in the image, which has dist/ and its production dependencies only. */
export async function runtimeScriptChecks(o: ScriptContext & { report: (r: CheckResult) => void }, cwd: string, env: Record<string, string>): Promise<void> {
  // What `tsc -p tsconfig.build.json` needs, absent from the image: scripts that compiled first failed there (TS5058).
  const sources = ['src', 'tsconfig.json', 'tsconfig.build.json'].filter((p) => existsSync(join(cwd, p)));
  o.report({ name: 'the image has no TypeScript sources nor tsconfig', ok: sources.length === 0, detail: sources.join(', ') || undefined });
  o.report(
    await operatorScriptCheck(o, cwd, env, 'npm run migration:show lists applied and pending migrations from dist/', ['migration:show'], (r) =>
      r.code === 0 && /Applied \([1-9]\d*\):/.test(r.output) && r.output.includes('Pending (0): none'),
    ),
  );
  o.report(
    await operatorScriptCheck(o, cwd, env, 'npm run cli -- users:verify runs from dist/', ['cli', '--', 'users:verify', 'nobody@example.test'], (r) =>
      r.code === 1 && r.output.includes('No account with the email nobody@example.test'),
    ),
  );
}
