import { DataDirLockedError } from '../src/infra/database';

/** The message for an error that ends a command; a running server holding the embedded database gets its own. */
export function failureMessage(error: unknown): string {
  if (error instanceof DataDirLockedError && error.ownerPid !== null) {
    return (
      `The embedded database is in use by a running MusicRoom server (process ${error.ownerPid}): ` +
      'stop the server first, then run this command again.'
    );
  }
  return error instanceof Error ? error.message : String(error);
}

/** Runs a command-line entry point: its resolved number is the exit code; a thrown error prints and exits 1. */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(failureMessage(error));
      process.exit(1);
    },
  );
}
