import { existsSync } from 'node:fs';

/**
 * Loads `.env` from the working directory when there is one, with Node's own loader: variables already in the
 * environment win over the file. Called first by the server and the operator scripts.
 */
export function loadDotEnv(file = '.env'): boolean {
  if (!existsSync(file)) return false;
  process.loadEnvFile(file);
  return true;
}
