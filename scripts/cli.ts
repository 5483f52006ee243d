import 'reflect-metadata';
import { loadConfig, loadDotEnv } from '../src/config';
import { Database, openDatabase, type OpenedDatabase } from '../src/infra/database';
import { createMailer, SmtpMailer, type Mailer } from '../src/infra/mail';
import { userAccountsOn, userPlansOn } from '../src/modules/users';
import { schema } from '../src/schema';
import { COMMANDS, type CliContext, type CliOutput } from './cli/commands';
import { runMain } from './run-main';

export const usage = `usage: npm run cli -- <command>\n${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join('\n')}`;

/** Runs one operator command; returns the exit code (2: unknown command or wrong arguments). */
export async function runCli(argv: string[], ctx: Omit<CliContext, 'out'>, out: CliOutput = console): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  const code = command ? await command.run(args, { ...ctx, out }) : 2;
  if (code === 2) out.error(command ? `usage: npm run cli -- ${command.usage}` : usage);
  return code;
}

async function main(): Promise<number> {
  loadDotEnv();
  const config = loadConfig();
  const open: { database?: Promise<OpenedDatabase>; mailer?: Mailer } = {};
  const database = async () => {
    open.database ??= openDatabase(config.database, schema);
    return new Database((await open.database).dataSource);
  };
  try {
    return await runCli(process.argv.slice(2), {
      config,
      plans: async () => userPlansOn(await database()),
      accounts: async () => userAccountsOn(await database()),
      mailer: () => (open.mailer ??= createMailer(config.mail)),
    });
  } finally {
    if (open.mailer instanceof SmtpMailer) open.mailer.close();
    if (open.database) await (await open.database).close();
  }
}

if (require.main === module) runMain(main);
