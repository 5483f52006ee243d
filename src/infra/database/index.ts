export { DatabaseModule } from './database.module';
export { Database, type TransactionOptions } from './database.service';
export { DATA_SOURCE } from './database.tokens';
export { Tx } from './transaction';
export { returningRows, type Queryable } from './queryable';
export { PreparedStatement } from './prepared-statement';
export { column, columnProperties, selectList, type ColumnOf, type Row } from './table';
export { PG, isUniqueViolation, isRetryableTransactionError, sqlStateOf } from './postgres-errors';
export {
  openDatabase,
  createDataSource,
  runMigrations,
  pendingSchemaChanges,
  type OpenedDatabase,
  type SchemaDefinition,
} from './data-source.factory';
export { EmbeddedPostgres, EMBEDDED_TEMPLATE } from './embedded-postgres';
export { DataDirLockedError } from './data-dir-lock';
export { backupEmbedded, restoreEmbedded } from './embedded-backup';
