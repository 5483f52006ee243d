import { spawn, type ChildProcess } from 'node:child_process';

/** The last lines a process printed, kept to explain a failure without flooding the output. */
export class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly max = 80) {}

  push(chunk: Buffer | string): void {
    const parts = (this.partial + chunk.toString()).split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }

  text(): string {
    return [...this.lines, this.partial].filter(Boolean).join('\n');
  }

  attach(child: ChildProcess): void {
    child.stdout?.on('data', (chunk: Buffer) => this.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.push(chunk));
  }
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

const running = new Set<ChildProcess>();

/** Each command runs in its own process group, so stopping it also stops what it started (sh → npm → node). */
const killGroup = (child: ChildProcess): void => {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
};

/** Stops the commands still running (the check was interrupted). */
export function killRunning(): void {
  for (const child of running) killGroup(child);
}

/** Runs a command to completion (killed after timeoutMs) and keeps the tail of its output. */
export async function runCaptured(command: string[], options: RunOptions): Promise<Finished> {
  const [file, ...args] = command;
  const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  const timer = setTimeout(() => killGroup(child), options.timeoutMs);
  child.once('exit', () => {
    clearTimeout(timer);
    running.delete(child);
  });
  const tail = new OutputTail();
  tail.attach(child);
  const failedToStart = new Promise<Finished>((resolve) =>
    child.once('error', (error) => resolve({ code: null, signal: null, output: error.message })),
  );
  return Promise.race([exited(child).then((end) => ({ ...end, output: tail.text() })), failedToStart]);
}

/** Prefix that runs a command as another user (root only), as the image's USER would. */
export function asUser(user: { uid: number; gid: number } | undefined, command: string[]): string[] {
  if (!user) return command;
  return ['setpriv', `--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--', ...command];
}
