import { describeType, type SwiftType, type SwiftTypeDeclaration } from './swift-source';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `2026-01-01T00:00:00.000Z`: what the API sends for every time. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * Compares a Swift model with a real recorded JSON value (a `// fixture: file#pointer` mark, and every
 * model nested in one): each key recorded must be a property, each non-Optional property must be there and
 * not null, and each value must fit the property's type. Returns one string per mismatch.
 */
export function compareWithJson(
  model: SwiftTypeDeclaration,
  value: Json,
  types: Map<string, SwiftTypeDeclaration>,
  path = '$',
  covered = new Set<string>(),
): string[] {
  covered.add(model.name);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${path}: expected an object for ${model.name}`];
  const drifts: string[] = [];
  const byKey = new Map(model.properties.map((p) => [p.jsonKey, p]));
  for (const key of Object.keys(value)) {
    if (!byKey.has(key)) drifts.push(`${path}.${key} is recorded but ${model.name} has no property for it`);
  }
  for (const property of model.properties) {
    const recorded = value[property.jsonKey];
    const optional = property.type.kind === 'optional';
    if (recorded === undefined || recorded === null) {
      if (!optional) drifts.push(`${path}.${property.jsonKey} is ${recorded === null ? 'null' : 'absent'} but ${model.name}.${property.name} is not Optional`);
      continue;
    }
    const bare = property.type.kind === 'optional' ? property.type.wrapped : property.type;
    drifts.push(...valueMismatch(bare, recorded, types, `${path}.${property.jsonKey}`, covered));
  }
  return drifts;
}

function valueMismatch(type: SwiftType, value: Json, types: Map<string, SwiftTypeDeclaration>, path: string, covered: Set<string>): string[] {
  const written = describeType(type);
  if (type.kind === 'named' && type.name === 'JSONValue') return [];
  if (Array.isArray(value)) {
    if (type.kind !== 'array') return [`${path}: an array was recorded, the Swift type is ${written}`];
    return value.flatMap((item, i) => (item === null ? [`${path}[${i}] is null`] : valueMismatch(type.element, item, types, `${path}[${i}]`, covered)));
  }
  if (value !== null && typeof value === 'object') {
    if (type.kind === 'dictionary') return [];
    const declaration = type.kind === 'named' ? types.get(type.name) : undefined;
    if (!declaration) return [`${path}: an object was recorded, the Swift type is ${written}`];
    return compareWithJson(declaration, value, types, path, covered);
  }
  if (type.kind !== 'named') return [`${path}: ${JSON.stringify(value)} does not fit ${written}`];
  return scalarFits(type.name, value, types, covered) ? [] : [`${path}: ${JSON.stringify(value)} does not fit ${written}`];
}

function scalarFits(typeName: string, value: Json, types: Map<string, SwiftTypeDeclaration>, covered: Set<string>): boolean {
  switch (typeof value) {
    case 'boolean':
      return typeName === 'Bool';
    case 'number':
      return typeName === 'Double' || (typeName === 'Int' && Number.isInteger(value));
    case 'string': {
      if (typeName === 'String' || typeName === 'URL' || typeName === 'UUID') return true;
      if (typeName === 'Date') return ISO_TIME.test(value);
      const declaration = types.get(typeName);
      if (declaration?.keyword === 'enum' && declaration.enumRawValues.includes(value)) {
        covered.add(typeName);
        return true;
      }
      return false;
    }
    default:
      return false;
  }
}

/** Reads `a/b` or `a/b/0` (a JSON pointer without the leading slash) inside a recorded document. */
export function pointInto(document: Json, pointer: string): Json | undefined {
  let current: Json | undefined = document;
  for (const segment of pointer.split('/').filter(Boolean)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(segment)] : current[segment];
  }
  return current;
}

export type { Json };
