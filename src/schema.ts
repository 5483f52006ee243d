import type { SchemaDefinition } from './infra/database';
import { migrations } from '../migrations';

/** Every entity of every module, and every migration: what the database must look like. */
export const schema: SchemaDefinition = {
  entities: [],
  migrations,
};
