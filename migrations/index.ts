/** Every migration, oldest first. `npm run migration:generate` appends here; a test checks nothing is missing. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: Function[] = [];
