import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The subset of JSON Schema the generated OpenAPI document uses. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  additionalProperties?: boolean | Schema;
  default?: unknown;
  example?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI template, `/api/events/{id}`. */
  path: string;
  operationId: string;
  parameters: Parameter[];
  /** The JSON body schema, when the operation takes JSON. */
  jsonBody?: Schema;
  /** True when the body is multipart (file upload). */
  multipart: boolean;
  isPublic: boolean;
}

interface Document {
  paths: Record<string, Record<string, { operationId?: string; parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> }; security?: unknown[] }>>;
  components: { schemas: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The committed `openapi.json`: the list of every route a sweep must cover. */
export class OpenApiModel {
  private readonly doc: Document;

  constructor(file = join(process.cwd(), 'openapi.json')) {
    this.doc = JSON.parse(readFileSync(file, 'utf8')) as Document;
  }

  operations(): Operation[] {
    return Object.entries(this.doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => {
        const op = item[method];
        const content = op.requestBody?.content ?? {};
        return {
          method,
          path,
          operationId: op.operationId ?? `${method} ${path}`,
          parameters: op.parameters ?? [],
          jsonBody: content['application/json']?.schema ? this.resolve(content['application/json'].schema) : undefined,
          multipart: 'multipart/form-data' in content,
          isPublic: Array.isArray(op.security) ? op.security.length === 0 : !op.security,
        };
      }),
    );
  }

  /** Follows `$ref` and folds `allOf` into one schema (the generator writes nullable refs as allOf). */
  resolve(schema: Schema): Schema {
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      return this.resolve({ ...this.doc.components.schemas[name], nullable: schema.nullable });
    }
    if (schema.allOf?.length) {
      const merged = schema.allOf.map((s) => this.resolve(s)).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), {});
      return { ...merged, nullable: schema.nullable ?? merged.nullable };
    }
    return schema;
  }

  property(schema: Schema, name: string): Schema {
    return this.resolve(schema.properties?.[name] ?? {});
  }
}

/** `/api/events/{id}/tracks/{entryId}` with values for its parameters. */
export const fillPath = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? `missing-${name}`));
