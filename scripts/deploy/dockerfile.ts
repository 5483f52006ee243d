/**
 * A small Dockerfile reader: enough to check the essentials and to rehearse the build without Docker.
 * Not supported (and not used by our Dockerfile): heredocs, a custom escape directive, variable expansion.
 */
export interface Instruction {
  keyword: string;
  /** Leading `--name=value` options (COPY --from, RUN --mount, HEALTHCHECK --interval…). */
  flags: Record<string, string>;
  /** The rest of the line after the flags. */
  args: string;
  line: number;
}

export interface Stage {
  index: number;
  name: string | undefined;
  /** An image reference, or the name of an earlier stage. */
  base: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  stages: Stage[];
}

function logicalLines(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let current: { text: string; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed.startsWith('#') || trimmed === '') return;
    const continued = trimmed.endsWith('\\');
    const body = continued ? trimmed.slice(0, -1).trimEnd() : trimmed;
    current = current ? { text: `${current.text} ${body}`, line: current.line } : { text: body, line: i + 1 };
    if (!continued) {
      out.push({ text: current.text.trim(), line: current.line });
      current = undefined;
    }
  });
  if (current) out.push({ text: current.text.trim(), line: current.line });
  return out;
}

function splitFlags(rest: string): { flags: Record<string, string>; args: string } {
  const flags: Record<string, string> = {};
  let args = rest.trim();
  for (let m = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(args); m; m = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(args)) {
    flags[m[1]] = m[2] ?? 'true';
    args = args.slice(m[0].length);
  }
  return { flags, args };
}

export function parseDockerfile(text: string): Dockerfile {
  const stages: Stage[] = [];
  for (const { text: lineText, line } of logicalLines(text)) {
    const match = /^(\S+)\s*(.*)$/.exec(lineText);
    if (!match) continue;
    const keyword = match[1].toUpperCase();
    const { flags, args } = splitFlags(match[2]);
    if (keyword === 'FROM') {
      const [base = '', as, name] = args.split(/\s+/);
      stages.push({ index: stages.length, name: as?.toUpperCase() === 'AS' ? name : undefined, base, instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (stage) stage.instructions.push({ keyword, flags, args, line });
  }
  return { stages };
}

/** `["a","b"]` (exec form) or a shell command (shell form, run by /bin/sh -c). */
export function commandOf(args: string): string[] {
  const trimmed = args.trim();
  if (trimmed.startsWith('[')) {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.every((part) => typeof part === 'string')) return parsed;
    throw new Error(`not a JSON array of strings: ${trimmed}`);
  }
  return ['/bin/sh', '-c', trimmed];
}

/** HEALTHCHECK [options] CMD <command> → the command, or undefined for NONE / a malformed line. */
export function healthcheckCommand(args: string): string[] | undefined {
  const match = /^CMD\s+(.*)$/is.exec(args.trim());
  return match ? commandOf(match[1]) : undefined;
}

/** `ENV A=1 B="two words"` and the legacy `ENV A 1`. */
export function parseEnvInstruction(args: string): Record<string, string> {
  const legacy = /^([A-Za-z_][A-Za-z0-9_]*)\s+([^=]*)$/.exec(args.trim());
  if (legacy) return { [legacy[1]]: legacy[2].trim() };
  const env: Record<string, string> = {};
  for (const m of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
    const raw = m[2];
    env[m[1]] = /^["']/.test(raw) ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
  }
  return env;
}

export function stageByRef(file: Dockerfile, ref: string): Stage | undefined {
  return file.stages.find((s) => s.name === ref) ?? (/^\d+$/.test(ref) ? file.stages[Number(ref)] : undefined);
}

/** The earlier stage this one is built FROM, or undefined when it starts from an image. */
export function parentStage(file: Dockerfile, stage: Stage): Stage | undefined {
  return stageByRef({ stages: file.stages.slice(0, stage.index) }, stage.base);
}

/** The stage's instructions preceded by those of the stages it is built FROM (what it inherits). */
export function inheritedInstructions(file: Dockerfile, stage: Stage): Instruction[] {
  const parent = parentStage(file, stage);
  return parent ? [...inheritedInstructions(file, parent), ...stage.instructions] : stage.instructions;
}

/** The last value an instruction sets, as the final image sees it. */
export function lastOf(instructions: Instruction[], keyword: string): Instruction | undefined {
  return instructions.filter((i) => i.keyword === keyword).at(-1);
}

export function envOf(instructions: Instruction[]): Record<string, string> {
  return Object.assign({}, ...instructions.filter((i) => i.keyword === 'ENV').map((i) => parseEnvInstruction(i.args))) as Record<
    string,
    string
  >;
}
