import { ConfigValidationError, parseEnv } from '../../src/config';
import { looksSecret } from './shape';

export interface EnvExampleContext {
  /** Variables the app reads (src/config/app-config.ts). */
  knownVariables: readonly string[];
  /** Variables docker-compose.yml interpolates (documented in the same file). */
  composeVariables: readonly string[];
}

export function parseEnvFile(text: string): Map<string, string> {
  const entries = text
    .split(/\r?\n/)
    .map((line) => /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m): [string, string] => [m[1], m[2].trim()]);
  return new Map(entries);
}

/** Everything wrong with .env.example; empty when it lists every variable with a valid, non-secret value. */
export function envExampleProblems(text: string, ctx: EnvExampleContext): string[] {
  const values = parseEnvFile(text);
  const problems: string[] = [];
  for (const name of [...ctx.knownVariables, ...ctx.composeVariables]) {
    if (!values.has(name)) problems.push(`${name}: missing (every variable must be listed)`);
  }
  for (const [name, value] of values) {
    if (!ctx.knownVariables.includes(name) && !ctx.composeVariables.includes(name)) {
      problems.push(`${name}: not read by the app nor by docker-compose.yml`);
    }
    if (looksSecret(name) && value !== '') problems.push(`${name}: secrets must be blank`);
  }
  try {
    // The operator fills SMTP_URL in (production refuses to boot without it): check the rest with a stand-in.
    parseEnv({ ...Object.fromEntries(values), SMTP_URL: values.get('SMTP_URL') || 'smtp://smtp.example.com:587' });
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    problems.push(`the values are refused by the app: ${error.message}`);
  }
  return problems;
}
