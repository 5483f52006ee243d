import type { OpenApiModel, Schema } from './openapi-model';

/** The smallest body the schema accepts: required properties only, each with a plain valid value. */
export function minimalBody(model: OpenApiModel, raw: Schema, ids: { userId: string }): unknown {
  const schema = model.resolve(raw);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives?.length) return minimalBody(model, alternatives[0], ids);
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return ids.userId;
      if (schema.format === 'email') return `someone.${Date.now()}@example.test`;
      if (schema.format === 'date-time') return new Date(Date.now() + 3_600_000).toISOString();
      return 'x'.repeat(Math.max(schema.minLength ?? 1, Math.min(12, schema.maxLength ?? 12)));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => minimalBody(model, schema.items ?? {}, ids));
    default: {
      const body: Record<string, unknown> = {};
      for (const name of schema.required ?? []) body[name] = minimalBody(model, model.property(schema, name), ids);
      return body;
    }
  }
}
