import { hostname } from 'node:os';
import { redactUrl, type AppConfig } from '../../src/config';
import { backupEmbedded, restoreEmbedded } from '../../src/infra/database';
import type { Mailer } from '../../src/infra/mail';
import type { UserAccounts, UserPlans } from '../../src/modules/users';
import { USER_PLANS, type UserPlan } from '../../src/modules/users';

export interface CliOutput {
  log(message: string): void;
  error(message: string): void;
}

/** What the commands use, opened only when a command needs it. */
export interface CliContext {
  out: CliOutput;
  config: Pick<AppConfig, 'database' | 'mail'>;
  plans(): Promise<Pick<UserPlans, 'setByEmail'>>;
  accounts(): Promise<Pick<UserAccounts, 'findByEmail' | 'markEmailVerified'>>;
  mailer(): Mailer;
}

export interface CliCommand {
  usage: string;
  /** Returns the exit code; 2 means the arguments were wrong. */
  run(args: string[], ctx: CliContext): Promise<number>;
}

const planSet: CliCommand = {
  usage: 'plan:set <email> premium|free',
  async run([email, plan], ctx) {
    if (!email || !USER_PLANS.includes(plan as UserPlan)) return 2;
    const userId = await (await ctx.plans()).setByEmail(email, plan as UserPlan);
    if (!userId) return noAccount(ctx, email);
    ctx.out.log(`Plan of ${email} (${userId}) set to ${plan}.`);
    return 0;
  },
};

const usersVerify: CliCommand = {
  usage: 'users:verify <email>',
  async run([email], ctx) {
    if (!email) return 2;
    const accounts = await ctx.accounts();
    const account = await accounts.findByEmail(email);
    if (!account) return noAccount(ctx, email);
    if (account.emailVerified) {
      ctx.out.log(`${account.email} (${account.id}) was already verified.`);
      return 0;
    }
    await accounts.markEmailVerified(account.id);
    ctx.out.log(`${account.email} (${account.id}) is now verified: the account can sign in.`);
    return 0;
  },
};

const mailTest: CliCommand = {
  usage: 'mail:test <to>',
  async run([to], ctx) {
    if (!to || !to.includes('@')) return 2;
    const { mail } = ctx.config;
    const via = mail.transport === 'smtp' && mail.smtpUrl ? `SMTP ${redactUrl(mail.smtpUrl)}` : `the log (MAIL_TRANSPORT=${mail.transport})`;
    const text = `This is a test mail from MusicRoom on ${hostname()}, sent at ${new Date().toISOString()} through ${via}.`;
    try {
      const receipt = await ctx.mailer().send({ to, subject: 'MusicRoom test mail', text, html: `<p>${text}</p>` });
      ctx.out.log(`Test mail to ${to} through ${via}, from ${mail.from}. Answer: ${receipt.response}`);
      return 0;
    } catch (error) {
      ctx.out.error(`Test mail to ${to} through ${via} failed: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  },
};

const backup: CliCommand = {
  usage: 'backup <file>',
  async run([file], ctx) {
    if (!file) return 2;
    const dir = embeddedDir(ctx);
    if (!dir) return 1;
    const bytes = await backupEmbedded(dir, file);
    ctx.out.log(`Backed up the embedded database in ${dir} to ${file} (${bytes} bytes).`);
    return 0;
  },
};

const restore: CliCommand = {
  usage: 'restore <file>',
  async run([file], ctx) {
    if (!file) return 2;
    const dir = embeddedDir(ctx);
    if (!dir) return 1;
    const { keptAside } = await restoreEmbedded(dir, file);
    ctx.out.log(`Restored ${file} into ${dir}.${keptAside ? ` The database that was there is kept in ${keptAside}.` : ''}`);
    return 0;
  },
};

/** The embedded database's directory, or null (with the reason printed) when backup/restore cannot apply. */
function embeddedDir(ctx: CliContext): string | null {
  const db = ctx.config.database;
  if (db.kind === 'postgres') {
    ctx.out.error('DATABASE_URL points at PostgreSQL: back it up with pg_dump and restore with pg_restore (see the README).');
    return null;
  }
  if (db.storage === 'memory') {
    ctx.out.error('DATABASE_EMBEDDED=memory keeps nothing on disk: there is nothing to back up or restore.');
    return null;
  }
  return db.dir;
}

function noAccount(ctx: CliContext, email: string): number {
  ctx.out.error(`No account with the email ${email}.`);
  return 1;
}

export const COMMANDS: Record<string, CliCommand> = {
  'plan:set': planSet,
  'users:verify': usersVerify,
  'mail:test': mailTest,
  backup,
  restore,
};
