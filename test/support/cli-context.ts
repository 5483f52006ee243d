import type { CliContext, CliOutput } from '../../scripts/cli/commands';
import { MAILER, type Mailer } from '../../src/infra/mail';
import { UserAccounts, UserPlans } from '../../src/modules/users';
import type { TestApp } from './test-app';

/** The operator CLI's services, taken from a booted test app (its database, its mail transport). */
export function cliContextOf(t: TestApp): Omit<CliContext, 'out'> {
  return {
    config: t.config,
    plans: () => Promise.resolve(t.app.get(UserPlans, { strict: false })),
    accounts: () => Promise.resolve(t.app.get(UserAccounts, { strict: false })),
    mailer: () => t.app.get<symbol, Mailer>(MAILER, { strict: false }),
  };
}

/** Collects what a command prints, both streams in order. */
export function capturedOutput(): CliOutput & { lines: string[]; text(): string } {
  const lines: string[] = [];
  return { lines, log: (m) => void lines.push(m), error: (m) => void lines.push(m), text: () => lines.join('\n') };
}
