import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import {
  commandOf,
  healthcheckCommand,
  parentStage,
  parseEnvInstruction,
  stageByRef,
  type Dockerfile,
  type Instruction,
  type Stage,
} from './dockerfile';
import { globToRegex } from './dockerignore';
import { runCaptured } from './processes';

/** A stage's filesystem (a host directory standing for its `/`) and the image metadata it sets. */
export interface ImageState {
  root: string;
  workdir: string;
  env: Record<string, string>;
  args: Record<string, string>;
  user: string | undefined;
  volumes: string[];
  cmd: string[] | undefined;
  entrypoint: string[] | undefined;
  healthcheck: string[] | undefined;
}

export interface BuildOptions {
  file: Dockerfile;
  contextDir: string;
  /** Files of the build context (after .dockerignore), relative to contextDir. */
  contextFiles: string[];
  /** Scratch directory for the stages' filesystems. */
  workDir: string;
  /** Who owns files copied with --chown (the rehearsal's stand-in for the image's user). */
  owner: { uid: number; gid: number } | undefined;
  log: (line: string) => void;
}

const RUN_TIMEOUT_MS = 15 * 60_000;
/** Host-level package managers: the rehearsal runs on the host, so these are the image's business only. */
const SYSTEM_COMMAND = /\b(apt-get|apt|apk|dnf|yum)\b/;

/** Stages the last one needs (FROM and COPY --from, transitively), as Docker BuildKit builds them. */
function neededStages(file: Dockerfile): Set<number> {
  const needed = new Set<number>();
  const visit = (stage: Stage | undefined) => {
    if (!stage || needed.has(stage.index)) return;
    needed.add(stage.index);
    visit(parentStage(file, stage));
    for (const i of stage.instructions) if (i.keyword === 'COPY' && i.flags.from) visit(stageByRef(file, i.flags.from));
  };
  visit(file.stages.at(-1));
  return needed;
}

/** Whether a needed stage built after `by` still reads `stage` (FROM or COPY --from). */
function readLater(file: Dockerfile, needed: Set<number>, stage: Stage, by: Stage): boolean {
  return file.stages
    .filter((s) => needed.has(s.index) && s.index > by.index)
    .some(
      (s) =>
        parentStage(file, s) === stage ||
        s.instructions.some((i) => i.keyword === 'COPY' && i.flags.from && stageByRef(file, i.flags.from) === stage),
    );
}

export class ImageBuilder {
  private readonly states = new Map<number, ImageState>();

  constructor(private readonly o: BuildOptions) {}

  async build(): Promise<ImageState> {
    const { file } = this.o;
    const needed = neededStages(file);
    for (const stage of file.stages.filter((s) => needed.has(s.index))) {
      this.o.log(`stage ${stage.name ?? stage.index} (FROM ${stage.base})`);
      const state = this.start(stage, needed);
      this.states.set(stage.index, state);
      for (const instruction of stage.instructions) await this.apply(stage, state, instruction);
    }
    const last = this.states.get(file.stages.length - 1);
    if (!last) throw new Error('the Dockerfile has no stage');
    return last;
  }

  private start(stage: Stage, needed: Set<number>): ImageState {
    const root = join(this.o.workDir, `stage-${stage.index}-${stage.name ?? 'unnamed'}`);
    const parent = parentStage(this.o.file, stage);
    const inherited = parent ? this.states.get(parent.index) : undefined;
    if (!parent || !inherited) {
      mkdirSync(root, { recursive: true, mode: 0o755 });
      return { root, workdir: '/', env: {}, args: {}, user: undefined, volumes: [], cmd: undefined, entrypoint: undefined, healthcheck: undefined };
    }
    // Reuse the parent's directory when nothing reads it again: copying node_modules costs seconds.
    if (readLater(this.o.file, needed, parent, stage)) execFileSync('cp', ['-a', inherited.root, root]);
    else renameSync(inherited.root, root);
    return { ...inherited, root, env: { ...inherited.env }, args: {}, volumes: [...inherited.volumes] };
  }

  private hostPath(state: ImageState, path: string): string {
    return join(state.root, posix.resolve(state.workdir, path));
  }

  private async apply(stage: Stage, state: ImageState, i: Instruction): Promise<void> {
    switch (i.keyword) {
      case 'WORKDIR':
        state.workdir = posix.resolve(state.workdir, i.args);
        mkdirSync(this.hostPath(state, '.'), { recursive: true, mode: 0o755 });
        return;
      case 'ENV':
        Object.assign(state.env, parseEnvInstruction(i.args));
        return;
      case 'ARG': {
        const [name, value = ''] = i.args.split('=');
        state.args[name.trim()] = value.trim();
        return;
      }
      case 'COPY':
        this.copy(state, i);
        return;
      case 'RUN':
        await this.run(stage, state, i);
        return;
      case 'USER':
        state.user = i.args.trim();
        return;
      case 'VOLUME':
        state.volumes.push(...(i.args.trim().startsWith('[') ? commandOf(i.args) : i.args.trim().split(/\s+/)));
        return;
      case 'CMD':
        state.cmd = commandOf(i.args);
        return;
      case 'ENTRYPOINT':
        state.entrypoint = commandOf(i.args);
        return;
      case 'HEALTHCHECK':
        state.healthcheck = healthcheckCommand(i.args);
        return;
      case 'EXPOSE':
      case 'STOPSIGNAL':
      case 'LABEL':
        return;
      default:
        throw new Error(`line ${i.line}: ${i.keyword} is not supported by the rehearsal`);
    }
  }

  private async run(stage: Stage, state: ImageState, i: Instruction): Promise<void> {
    const finalStage = stage.index === this.o.file.stages.length - 1;
    if (finalStage || SYSTEM_COMMAND.test(i.args)) {
      this.o.log(`  skip RUN ${i.args.slice(0, 70)}… (image system setup; emulated where it matters)`);
      return;
    }
    this.o.log(`  RUN ${i.args}`);
    const env = { ...hostToolEnv(), ...state.args, ...state.env };
    const result = await runCaptured(['/bin/sh', '-c', i.args], { cwd: this.hostPath(state, '.'), env, timeoutMs: RUN_TIMEOUT_MS });
    if (result.code !== 0) throw new Error(`line ${i.line}: RUN ${i.args} failed (exit ${result.code ?? result.signal})\n${result.output}`);
  }

  private copy(state: ImageState, i: Instruction): void {
    const parts = i.args.trim().startsWith('[') ? commandOf(i.args) : i.args.trim().split(/\s+/);
    const dest = parts.pop() ?? '';
    const from = i.flags.from ? stageByRef(this.o.file, i.flags.from) : undefined;
    if (i.flags.from && !from) throw new Error(`line ${i.line}: COPY --from=${i.flags.from}: no such stage`);
    const sourceState = from ? this.states.get(from.index) : undefined;
    const pairs = sourceState ? this.stageSources(sourceState, parts, i.line) : this.contextSources(parts, i.line);
    const intoDir = dest.endsWith('/') || parts.length > 1 || pairs.some((p) => p.fromDir || p.wildcard) || isDir(this.hostPath(state, dest));
    const target = this.hostPath(state, dest);
    for (const pair of pairs) {
      const to = pair.fromDir ? join(target, pair.relative) : intoDir ? join(target, posix.basename(pair.host)) : target;
      const wholeDir = pair.fromDir && pair.relative === '' && isDir(pair.host);
      mkdirSync(wholeDir ? to : posix.dirname(to), { recursive: true, mode: 0o755 });
      if (wholeDir) execFileSync('cp', ['-a', `${pair.host}/.`, to]);
      else cpSync(pair.host, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
      if (i.flags.chown && this.o.owner) execFileSync('chown', ['-R', `${this.o.owner.uid}:${this.o.owner.gid}`, to]);
    }
  }

  /** COPY --from: paths are absolute in the source stage; a directory's content lands in the destination. */
  private stageSources(source: ImageState, parts: string[], line: number): CopyPair[] {
    return parts.map((part): CopyPair => {
      const host = join(source.root, posix.resolve('/', part));
      if (!existsSync(host)) throw new Error(`line ${line}: COPY --from: ${part} does not exist in that stage`);
      return { host, relative: '', fromDir: isDir(host), wildcard: false };
    });
  }

  /** COPY from the build context: only files .dockerignore lets through exist. */
  private contextSources(parts: string[], line: number): CopyPair[] {
    const { contextDir, contextFiles } = this.o;
    return parts.flatMap((part): CopyPair[] => {
      const path = posix.normalize(part).replace(/^\/+|\/+$/g, '').replace(/^\.$/, '');
      if (/[*?[]/.test(path)) {
        const regex = globToRegex(path);
        const matched = contextFiles.filter((f) => regex.test(f));
        if (!matched.length) throw new Error(`line ${line}: COPY ${part}: no file of the build context matches`);
        return matched.map((f) => ({ host: join(contextDir, f), relative: '', fromDir: false, wildcard: true }));
      }
      if (contextFiles.includes(path)) return [{ host: join(contextDir, path), relative: '', fromDir: false, wildcard: false }];
      const below = contextFiles.filter((f) => path === '' || f.startsWith(`${path}/`));
      if (!below.length) throw new Error(`line ${line}: COPY ${part}: not in the build context (missing or in .dockerignore)`);
      return below.map((f) => ({ host: join(contextDir, f), relative: path ? f.slice(path.length + 1) : f, fromDir: true, wildcard: false }));
    });
  }
}

interface CopyPair {
  host: string;
  /** Path below the destination when copying a directory's content file by file. */
  relative: string;
  fromDir: boolean;
  wildcard: boolean;
}

const isDir = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** What the build's RUN steps may use from the host: tools, the npm cache and proxies, nothing of the app's own env. */
export function hostToolEnv(): Record<string, string> {
  const keep = /^(PATH|HOME|TMPDIR|LANG|npm_config_.*|NPM_CONFIG_.*|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE)$/;
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => keep.test(e[0]) && e[1] !== undefined));
  // The base image's Node is the one this check runs on (the rehearsal checks their majors agree first).
  env.PATH = `${dirname(process.execPath)}:${env.PATH ?? '/usr/bin:/bin'}`;
  return { ...env, npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}
