import { getMetadataArgsStorage } from 'typeorm';

/**
 * One source of truth per table: its entity class. The migrations drift check reads the entity's decorators
 * (`npm run migration:check`); the repositories take their row types and column lists from the same class, so a
 * column added, renamed or retyped in the entity reaches the SQL layer with no second or third copy to update
 * (as immich derives its Kysely table types from its table classes).
 *
 * Convention: relation properties are optional (`user?: User`); columns never are.
 */

/** A row of the entity's table, as the SQL layer reads it: every column property, no relation. */
export type Row<E> = { [K in keyof E as undefined extends E[K] ? never : K]: E[K] };

/** The column properties of an entity. */
export type ColumnOf<E> = keyof Row<E> & string;

type EntityClass<E> = abstract new (...args: never[]) => E;

const columnNames = new Map<EntityClass<unknown>, Map<string, string>>();

/** property → SQL column name, read once from the entity's TypeORM decorators. */
function columnsOf<E>(entity: EntityClass<E>): Map<string, string> {
  let columns = columnNames.get(entity);
  if (!columns) {
    columns = new Map(
      getMetadataArgsStorage()
        .filterColumns(entity as unknown as Parameters<ReturnType<typeof getMetadataArgsStorage>['filterColumns']>[0])
        .map((column) => [column.propertyName, column.options.name ?? column.propertyName]),
    );
    if (columns.size === 0) throw new Error(`${entity.name} declares no columns`);
    columnNames.set(entity, columns);
  }
  return columns;
}

/** The SQL name of one column of the entity's table. */
export function column<E>(entity: EntityClass<E>, property: ColumnOf<E>): string {
  const name = columnsOf(entity).get(property);
  if (!name) throw new Error(`${entity.name}.${property} is not a column`);
  return name;
}

/** The column properties of the entity, in declaration order: the fields of `Row<E>` as `selectList` names them. */
export function columnProperties<E>(entity: EntityClass<E>): Array<ColumnOf<E>> {
  return [...columnsOf(entity).keys()] as Array<ColumnOf<E>>;
}

const quoted = (name: string): string => (/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name}"`);

/**
 * A select list that reads rows of the entity's table as `Row<E>`: `alias.owner_id AS "ownerId", …`, every column
 * in declaration order, or only `only` in that order.
 */
export function selectList<E>(entity: EntityClass<E>, alias?: string, only?: ReadonlyArray<ColumnOf<E>>): string {
  const prefix = alias ? `${alias}.` : '';
  const properties = only ?? columnProperties(entity);
  return properties
    .map((property) => {
      const name = column(entity, property);
      return name === property ? `${prefix}${quoted(name)}` : `${prefix}${quoted(name)} AS "${property}"`;
    })
    .join(', ');
}
