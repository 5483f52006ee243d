import { describeType, type SwiftType, type SwiftTypeDeclaration } from './swift-source';

/** The subset of an OpenAPI 3.0/3.1 schema object that a JSON shape depends on. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface OpenApiDocument {
  components?: { schemas?: Record<string, Schema> };
}

/** Everything the comparison needs: the document and the Swift declarations by name. */
export interface ModelIndex {
  schemas: Record<string, Schema>;
  types: Map<string, SwiftTypeDeclaration>;
  /** The file the schemas come from, for messages. */
  document?: string;
}

const refName = (ref: string) => ref.split('/').pop() ?? ref;

/** `null` allowed: OpenAPI 3.0 `nullable`, 3.1 `type: [..., "null"]`, or a `{ type: "null" }` alternative. */
export function isNullable(schema: Schema): boolean {
  if (schema.nullable === true) return true;
  if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
  return [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some((s) => s.type === 'null');
}

/**
 * The schema a property refers to by name: a `$ref`, or a lone `allOf`/`oneOf`/`anyOf` entry (beside
 * `null`) that is itself such a reference (AsyncAPI writes `oneOf: [{ allOf: [{ $ref }] }, { type: null }]`).
 */
export function referencedSchemaName(schema: Schema): string | null {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.properties) return null;
  const alternatives = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].filter((s) => s.type !== 'null');
  return alternatives.length === 1 ? referencedSchemaName(alternatives[0]) : null;
}

function primitiveType(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type === undefined && schema.const !== undefined) return typeof schema.const;
  return schema.type;
}

/** Compares a `// openapi: Name` struct with its schema; each string returned is one drift. */
export function compareWithSchema(model: SwiftTypeDeclaration, schemaName: string, index: ModelIndex): string[] {
  const schema = index.schemas[schemaName];
  if (!schema) return [`schema ${schemaName} is not in ${index.document ?? 'openapi.json'}`];
  const properties = collectProperties(schema, index);
  const required = new Set(collectRequired(schema, index));
  const drifts: string[] = [];
  const swiftByKey = new Map(model.properties.map((p) => [p.jsonKey, p]));
  for (const [key, propertySchema] of Object.entries(properties)) {
    const property = swiftByKey.get(key);
    if (!property) {
      drifts.push(`\`${key}\` is in ${schemaName} but not in the Swift model`);
      continue;
    }
    const mayBeAbsent = !required.has(key) || isNullable(propertySchema);
    const isOptional = property.type.kind === 'optional';
    if (mayBeAbsent && !isOptional) drifts.push(`\`${key}\` may be null or absent in ${schemaName}: make it Optional`);
    if (!mayBeAbsent && isOptional) drifts.push(`\`${key}\` is required and never null in ${schemaName}: it must not be Optional`);
    const bare = property.type.kind === 'optional' ? property.type.wrapped : property.type;
    const mismatch = typeMismatch(bare, propertySchema, index);
    if (mismatch) drifts.push(`\`${key}\`: ${mismatch}`);
  }
  for (const property of model.properties) {
    if (!(property.jsonKey in properties)) drifts.push(`\`${property.jsonKey}\` (property ${property.name}) is not in ${schemaName}`);
  }
  return drifts;
}

function collectProperties(schema: Schema, index: ModelIndex): Record<string, Schema> {
  const own = { ...(schema.properties ?? {}) };
  for (const part of schema.allOf ?? []) {
    const resolved = part.$ref ? index.schemas[refName(part.$ref)] : part;
    if (resolved) Object.assign(own, collectProperties(resolved, index));
  }
  return own;
}

function collectRequired(schema: Schema, index: ModelIndex): string[] {
  const own = [...(schema.required ?? [])];
  for (const part of schema.allOf ?? []) {
    const resolved = part.$ref ? index.schemas[refName(part.$ref)] : part;
    if (resolved) own.push(...collectRequired(resolved, index));
  }
  return own;
}

/** Why this (non-optional) Swift type cannot hold values of this schema, or null when it can. */
export function typeMismatch(type: SwiftType, schema: Schema, index: ModelIndex): string | null {
  const written = describeType(type);
  const referenced = referencedSchemaName(schema);
  if (referenced) {
    const target = index.schemas[referenced];
    if (target && primitiveType(target) && primitiveType(target) !== 'object') return typeMismatch(type, target, index);
    if (type.kind !== 'named') return `expected a model of ${referenced}, found ${written}`;
    // OpenAPI and AsyncAPI name the same DTOs alike: a model marked with either name fits.
    const mark = index.types.get(type.name)?.mark;
    if ((mark?.kind === 'openapi' || mark?.kind === 'asyncapi') && mark.target === referenced) return null;
    return `expected a type marked \`// openapi: ${referenced}\`, found ${written}`;
  }
  switch (primitiveType(schema)) {
    case 'string':
      return stringMismatch(type, schema, index);
    case 'integer':
      return named(type, ['Int']) ? null : `expected Int for an integer, found ${written}`;
    case 'number':
      // The API sends whole numbers for counts and durations typed `number`; Int decodes them, Double decodes any.
      return named(type, ['Double', 'Int']) ? null : `expected Double (or Int) for a number, found ${written}`;
    case 'boolean':
      return named(type, ['Bool']) ? null : `expected Bool, found ${written}`;
    case 'null':
      return null;
    case 'array': {
      if (type.kind !== 'array') return `expected an array, found ${written}`;
      if (!schema.items) return null;
      const element = typeMismatch(type.element, schema.items, index);
      return element ? `array element: ${element}` : null;
    }
    case 'object':
    case undefined:
      if (named(type, ['JSONValue']) || (type.kind === 'dictionary' && named(type.key, ['String']))) return null;
      return `expected JSONValue or [String: …] for a free-form object, found ${written}`;
    default:
      return `unsupported schema type ${JSON.stringify(schema.type)}`;
  }
}

function stringMismatch(type: SwiftType, schema: Schema, index: ModelIndex): string | null {
  const written = describeType(type);
  if (schema.format === 'date-time') return named(type, ['Date']) ? null : `expected Date for a date-time, found ${written}`;
  const values = (schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined))?.filter((v) => v !== null);
  if (values) {
    if (named(type, ['String'])) return null;
    const declaration = type.kind === 'named' ? index.types.get(type.name) : undefined;
    if (declaration?.keyword !== 'enum' || !declaration.inherits.includes('String')) {
      return `expected String or a String enum for ${JSON.stringify(values)}, found ${written}`;
    }
    const expected = values.map(String).sort();
    const actual = [...declaration.enumRawValues].sort();
    if (expected.join('|') !== actual.join('|')) return `enum ${declaration.name} has ${JSON.stringify(actual)}, the schema ${JSON.stringify(expected)}`;
    return null;
  }
  const allowed = schema.format === 'uuid' ? ['String', 'UUID'] : schema.format === 'uri' ? ['String', 'URL'] : ['String'];
  return named(type, allowed) ? null : `expected ${allowed.join(' or ')}, found ${written}`;
}

function named(type: SwiftType, names: string[]): boolean {
  return type.kind === 'named' && names.includes(type.name);
}
