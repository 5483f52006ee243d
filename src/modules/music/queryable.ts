import type { Database } from '../../infra/database';

/** Anything that runs SQL: the Database (autocommit) or a Tx (inside a transaction). */
export type Queryable = Pick<Database, 'query'>;
