/**
 * OpenAPI 3.0 schema objects (what @nestjs/swagger produces from the DTO classes) as JSON Schema, the
 * default schema format of AsyncAPI 3: `nullable` becomes a `null` type or a `oneOf` with null, and
 * references point into the AsyncAPI document's own components.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

const OPENAPI_REF = '#/components/schemas/';

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export function toJsonSchema(schema: JsonValue): JsonValue {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!isObject(schema)) return schema;
  const { nullable, ...rest } = schema;
  const converted: JsonObject = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, toJsonSchema(value)]));
  if (nullable !== true) return converted;
  if (typeof converted.type === 'string' && !converted.allOf && !converted.$ref) {
    const out: JsonObject = { ...converted, type: [converted.type, 'null'] };
    if (Array.isArray(converted.enum)) out.enum = [...converted.enum, null];
    return out;
  }
  const { description, type: _objectType, ...shape } = converted;
  return { ...(description === undefined ? {} : { description }), oneOf: [shape, { type: 'null' }] };
}

/** Names of the schemas a schema refers to, directly. */
export function referencedSchemas(schema: JsonValue): string[] {
  if (Array.isArray(schema)) return schema.flatMap(referencedSchemas);
  if (!isObject(schema)) return [];
  return Object.entries(schema).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' && value.startsWith(OPENAPI_REF) ? [value.slice(OPENAPI_REF.length)] : referencedSchemas(value),
  );
}

/** The named schemas and every schema they reach, converted. Throws on a name the source lacks. */
export function closureOf(names: string[], source: Record<string, JsonValue>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  const pending = [...names];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (name in out) continue;
    const schema = source[name];
    if (schema === undefined) throw new Error(`No schema named ${name} in the DTO metadata`);
    out[name] = toJsonSchema(schema);
    pending.push(...referencedSchemas(schema));
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
