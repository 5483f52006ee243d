import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { Database, openDatabase } from '../src/infra/database';
import { USER_PLANS, userPlansOn, type UserPlan, type UserPlans } from '../src/modules/users';
import { schema } from '../src/schema';

const usage = 'usage: npm run cli -- plan:set <email> premium|free';

interface CliOutput {
  log(message: string): void;
  error(message: string): void;
}

/** Runs one operator command; returns the exit code. */
export async function runCli(argv: string[], plans: Pick<UserPlans, 'setByEmail'>, out: CliOutput = console): Promise<number> {
  const [command, email, plan] = argv;
  if (command !== 'plan:set' || !email || !USER_PLANS.includes(plan as UserPlan)) {
    out.error(usage);
    return 2;
  }
  const userId = await plans.setByEmail(email, plan as UserPlan);
  if (!userId) {
    out.error(`No account with the email ${email}.`);
    return 1;
  }
  out.log(`Plan of ${email} (${userId}) set to ${plan}.`);
  return 0;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const opened = await openDatabase(config.database, schema);
  try {
    return await runCli(process.argv.slice(2), userPlansOn(new Database(opened.dataSource)));
  } finally {
    await opened.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
