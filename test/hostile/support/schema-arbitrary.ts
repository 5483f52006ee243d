import fc from 'fast-check';
import type { OpenApiModel, Schema } from './openapi-model';

/**
 * Values for a schema, the way a hostile or careless client sends them: mostly plausible (so requests get
 * past validation and reach services), with boundary values, wrong types, huge and exotic strings, NUL bytes,
 * extra fields and deep nesting mixed in.
 */
export class SchemaArbitraries {
  constructor(private readonly model: OpenApiModel) {}

  value(raw: Schema, depth = 0): fc.Arbitrary<unknown> {
    const schema = this.model.resolve(raw);
    const alternatives = schema.oneOf ?? schema.anyOf;
    const valid = alternatives?.length ? fc.oneof(...alternatives.map((s) => this.value(s, depth + 1))) : this.valid(schema, depth);
    const hostile = fc.oneof(wrongType(schema), hostileStrings, nested);
    const withNull = schema.nullable ? fc.oneof(valid, fc.constant(null)) : valid;
    return fc.oneof({ weight: 6, arbitrary: withNull }, { weight: 1, arbitrary: hostile });
  }

  /** A JSON body: an object per schema, sometimes with extra fields, sometimes not an object at all. */
  body(schema: Schema): fc.Arbitrary<unknown> {
    return fc.oneof(
      { weight: 8, arbitrary: this.value(schema) },
      { weight: 1, arbitrary: fc.tuple(this.value(schema), fc.dictionary(fc.constantFrom('ownerId', 'plan', 'role', 'version', 'emailVerified', '__proto__', 'constructor'), fc.anything())).map(([v, extra]) => (isObject(v) ? { ...v, ...extra } : v)) },
      { weight: 1, arbitrary: nested },
    );
  }

  private valid(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    if (schema.enum?.length) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'string':
        return stringFor(schema);
      case 'integer':
      case 'number':
        return numberFor(schema);
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 4 ? fc.constant([]) : fc.array(this.value(schema.items ?? {}, depth + 1), { maxLength: Math.min(schema.maxItems ?? 5, 5) + 1 });
      case 'object':
      default:
        return schema.properties ? this.object(schema, depth) : fc.oneof(fc.constant({}), fc.jsonValue({ maxDepth: 2 }));
    }
  }

  private object(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    if (depth > 4) return fc.constant({});
    const props = schema.properties ?? {};
    const required = new Set(schema.required ?? []);
    const entries = Object.keys(props).map((name) => [name, this.value(props[name], depth + 1)] as const);
    return fc.record(Object.fromEntries(entries), { requiredKeys: Object.keys(props).filter((k) => required.has(k)) });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const hostileStrings = fc.oneof(
  fc.constant('a\u0000b'),
  fc.constant('\u0000'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant('x'.repeat(100_000)),
  fc.constant('\uD800'),
  fc.constant('🎵'.repeat(300)),
  fc.constant("' OR 1=1 --"),
  fc.constant('<script>alert(1)</script>'),
  fc.constant('../../etc/passwd'),
  fc.constant('%00'),
  fc.constant('9999-12-31T23:59:59Z'),
  fc.constant('-infinity'),
);

/** Moderate nesting as a value; the thousands-deep kind is sent as raw text (see requests.ts). */
const nested = fc.integer({ min: 2, max: 40 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown);

function wrongType(schema: Schema): fc.Arbitrary<unknown> {
  const others: fc.Arbitrary<unknown>[] = [fc.constant(null), fc.constant(true), fc.integer(), fc.double(), fc.string(), fc.constant([]), fc.constant({}), fc.constant(1e308), fc.constant(-0)];
  return fc.oneof(...others).filter((v) => typeof v !== (schema.type === 'integer' ? 'number' : schema.type));
}

function stringFor(schema: Schema): fc.Arbitrary<string> {
  const max = schema.maxLength ?? 200;
  const min = schema.minLength ?? 0;
  const plain = fc.string({ minLength: min, maxLength: Math.min(max, 60) });
  const boundary = fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), min > 0 ? 'x'.repeat(min - 1) : '', ' ');
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(fc.uuid(), fc.constant('00000000-0000-0000-0000-000000000000'), plain);
    case 'email':
      return fc.oneof(fc.emailAddress(), plain);
    case 'date-time':
      return fc.oneof(fc.date({ noInvalidDate: true, min: new Date(-8_640_000_000_000_000), max: new Date(8_640_000_000_000_000) }).map((d) => d.toISOString()), plain);
    case 'uri':
      return fc.oneof(fc.webUrl(), plain);
    default:
      return fc.oneof({ weight: 4, arbitrary: plain }, { weight: 1, arbitrary: boundary }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) });
  }
}

function numberFor(schema: Schema): fc.Arbitrary<number> {
  const min = schema.minimum ?? -1e6;
  const max = schema.maximum ?? 1e6;
  const inRange = schema.type === 'integer' ? fc.integer({ min: Math.ceil(Math.max(min, -(2 ** 31))), max: Math.floor(Math.min(max, 2 ** 31)) }) : fc.double({ min, max, noNaN: true });
  return fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(min - 1, max + 1, 0, -1, 2 ** 53, 1.5, Number.MAX_VALUE) });
}
