import { commandOf, envOf, healthcheckCommand, inheritedInstructions, lastOf, parentStage, type Dockerfile } from './dockerfile';

/**
 * As `npm start` runs it (package.json): `--liftoff-only` keeps the embedded database's WebAssembly on V8's baseline
 * compiler; `--max-semi-space-size=4` keeps V8's young generation from growing to 64 MB on a large machine.
 */
export const APP_COMMAND = ['node', '--liftoff-only', '--max-semi-space-size=4', 'dist/src/main.js'];
/** Node 24 LTS: Node 20 reached end of life in April 2026 and several dependencies declare Node ≥ 22. */
export const NODE_MAJOR = 24;
export const DATA_VOLUME = '/app/.data';
const INITS = /(^|\/)(tini|dumb-init)$/;

function baseImageProblems(file: Dockerfile): string[] {
  return file.stages
    .filter((stage) => !parentStage(file, stage))
    .flatMap((stage) => {
      const node = /^node:(\d+)(\S*)$/.exec(stage.base);
      if (!node) return [`FROM ${stage.base}: base images must be node:${NODE_MAJOR}-bookworm-slim`];
      return Number(node[1]) === NODE_MAJOR && node[2].includes('slim') ? [] : [`FROM ${stage.base}: use a slim image of Node ${NODE_MAJOR}`];
    });
}

function buildStepProblems(file: Dockerfile): string[] {
  // The server's own steps start their RUN line (the SPA's optional steps sit in a shell `if`).
  const runs = file.stages
    .slice(0, -1)
    .flatMap((s) => s.instructions)
    .filter((i) => i.keyword === 'RUN')
    .map((i) => i.args);
  const expected: Array<[RegExp, string]> = [
    [/^npm ci\b/, 'a build stage must install dependencies with `RUN npm ci`'],
    [/^npm run build\b/, 'a build stage must `RUN npm run build`'],
    [/^npm prune --omit=dev\b|^npm ci\b[^&;|]*--omit=dev/, 'dev dependencies must be dropped (`RUN npm prune --omit=dev`)'],
  ];
  return expected.filter(([pattern]) => !runs.some((run) => pattern.test(run))).map(([, problem]) => problem);
}

function safeCommand(args: string | undefined, parse: (a: string) => string[] | undefined): string[] | undefined {
  try {
    return args === undefined ? undefined : parse(args);
  } catch {
    return undefined;
  }
}

function runtimeProblems(file: Dockerfile): string[] {
  const final = file.stages.at(-1);
  if (!final) return ['has no FROM instruction'];
  const all = inheritedInstructions(file, final);
  const problems: string[] = [];
  const user = lastOf(all, 'USER')?.args.split(':')[0];
  if (!user || user === 'root' || user === '0') problems.push('the runtime stage must run as a non-root user (USER node)');
  if (envOf(all).NODE_ENV !== 'production') problems.push('the runtime stage must set ENV NODE_ENV=production');
  if (!all.some((i) => i.keyword === 'EXPOSE' && i.args.split(/\s+/).some((p) => p.split('/')[0] === '3000'))) {
    problems.push('the runtime stage must EXPOSE 3000');
  }
  const health = lastOf(all, 'HEALTHCHECK');
  const probe = safeCommand(health?.args, healthcheckCommand);
  if (!probe) problems.push('the runtime stage needs a HEALTHCHECK CMD (not NONE)');
  else if (!probe.join(' ').includes('/api/health')) problems.push('HEALTHCHECK must probe /api/health');
  else if (/\b(curl|wget)\b/.test(probe.join(' '))) problems.push('HEALTHCHECK must use node: slim images have no curl or wget');
  const cmd = safeCommand(lastOf(all, 'CMD')?.args, commandOf);
  if (JSON.stringify(cmd) !== JSON.stringify(APP_COMMAND)) problems.push(`CMD must be the exec form ${JSON.stringify(APP_COMMAND)}`);
  const entrypoint = safeCommand(lastOf(all, 'ENTRYPOINT')?.args, commandOf) ?? [];
  if (!INITS.test(entrypoint[0] ?? '')) {
    problems.push('ENTRYPOINT must start an init (tini) so SIGTERM reaches node and zombies are reaped');
  }
  if (!all.some((i) => i.keyword === 'VOLUME' && i.args.includes(DATA_VOLUME))) {
    problems.push(`the runtime stage must declare VOLUME ${DATA_VOLUME}`);
  }
  // A new named volume takes the ownership of the image's directory: without this the app cannot write its data.
  const chown = new RegExp(`\\bchown\\s+(-R\\s+)?${user ?? 'node'}(:\\S*)?\\s+${DATA_VOLUME.replace(/\./g, '\\.')}\\b`);
  if (!all.some((i) => i.keyword === 'RUN' && chown.test(i.args))) {
    problems.push(`the runtime stage must give ${DATA_VOLUME} to its user (RUN mkdir -p ${DATA_VOLUME} && chown node:node ${DATA_VOLUME})`);
  }
  if (!final.instructions.some((i) => i.keyword === 'COPY' && i.flags.from)) {
    problems.push('the runtime stage must COPY --from the build stage');
  }
  if (final.instructions.some((i) => i.keyword === 'COPY' && !i.flags.from)) {
    problems.push('the runtime stage must not COPY from the build context (sources and secrets would ship)');
  }
  return problems;
}

/** Everything wrong with the Dockerfile's essentials; empty when it is fine. */
export function dockerfileProblems(file: Dockerfile): string[] {
  const problems: string[] = [];
  if (file.stages.length < 2) problems.push('must be multi-stage (build and runtime stages)');
  return [...problems, ...baseImageProblems(file), ...buildStepProblems(file), ...runtimeProblems(file)];
}
