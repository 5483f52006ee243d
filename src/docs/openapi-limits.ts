import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { MAX_PAGE_SIZE } from '../common/pagination';
import { MAX_PLAYLIST_ENTRIES } from '../modules/playlists';

/** The validation rules that bound a value, by DTO class name and property (the schemas are named after the classes). */
type Bounds = Partial<Record<'maxLength' | 'minLength' | 'maxItems' | 'minimum' | 'maximum', number>>;

interface RuleMetadata {
  name?: string;
  propertyName: string;
  constraints?: unknown[];
}

const RULE_BOUNDS: Record<string, (constraints: unknown[]) => Bounds> = {
  maxLength: ([max]) => ({ maxLength: Number(max) }),
  isLength: ([min, max]) => ({ minLength: Number(min), ...(max === undefined ? {} : { maxLength: Number(max) }) }),
  isUuid: () => ({ maxLength: 36 }),
  isEmail: () => ({ maxLength: 254 }),
  isUrl: () => ({ maxLength: 2048 }),
  arrayMaxSize: ([max]) => ({ maxItems: Number(max) }),
  max: ([max]) => ({ maximum: Number(max) }),
  min: ([min]) => ({ minimum: Number(min) }),
};

function validationBounds(): Map<string, Map<string, Bounds>> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<{ name: string }, RuleMetadata[]> };
  const out = new Map<string, Map<string, Bounds>>();
  for (const [target, rules] of storage.validationMetadatas) {
    const properties = out.get(target.name) ?? new Map<string, Bounds>();
    for (const rule of rules) {
      const bounds = rule.name ? RULE_BOUNDS[rule.name]?.(rule.constraints ?? []) : undefined;
      if (bounds) properties.set(rule.propertyName, { ...properties.get(rule.propertyName), ...bounds });
    }
    out.set(target.name, properties);
  }
  return out;
}

/**
 * Strings no request rule bounds, by property or parameter name: tokens and cursors the server mints, URLs it
 * builds, headers it reads only so far.
 */
const NAMED_LENGTH: Record<string, number> = {
  nextCursor: 512,
  cursor: 512,
  accessToken: 4096,
  refreshToken: 4096,
  token: 4096,
  code: 512,
  url: 2048,
  avatarUrl: 2048,
  redirectUri: 2048,
  linkTicket: 512,
  'If-Match': 20,
  'X-Client-Device': 120,
  'MusicRoom-Signature': 512,
  'Stripe-Signature': 1024,
  near: 60,
  providerTrackId: 200,
  provider: 40,
  file: 200,
  position: 200,
  deviceId: 120,
  status: 20,
  role: 20,
  license: 200,
  message: 500,
  subject: 500,
  to: 254,
  text: 100_000,
  html: 200_000,
};

/** Lists no request rule bounds, by property name: pages hold at most a page, a playlist its maximum. */
const NAMED_ITEMS: Record<string, number> = { items: MAX_PAGE_SIZE, tracks: MAX_PLAYLIST_ENTRIES };

/** The longest value a string of this format can hold. */
const FORMAT_LENGTH: Record<string, number> = { uuid: 36, 'date-time': 30, date: 10, email: 254, uri: 2048, url: 2048, binary: 10_485_760 };

const isSchema = (value: unknown): value is SchemaObject & Record<string, unknown> => typeof value === 'object' && value !== null;

/** A property's bound when its own class has none: the largest bound a request rule gives that property name. */
function boundsByName(rules: Map<string, Map<string, Bounds>>): Map<string, number> {
  const out = new Map<string, number>(Object.entries(NAMED_LENGTH));
  for (const properties of rules.values()) {
    for (const [name, bounds] of properties) if (bounds.maxLength !== undefined) out.set(name, Math.max(out.get(name) ?? 0, bounds.maxLength));
  }
  return out;
}

let namedLengths = new Map<string, number>();

const boundString = (schema: unknown, name: string): void => {
  if (isSchema(schema) && schema.type === 'string' && schema.maxLength === undefined && !schema.format && !schema.enum && namedLengths.has(name)) {
    schema.maxLength = namedLengths.get(name);
  }
  if (isSchema(schema) && schema.type === 'array') {
    if (schema.maxItems === undefined && NAMED_ITEMS[name] !== undefined) schema.maxItems = NAMED_ITEMS[name];
    boundString(schema.items, name);
  }
};

/** Fills bounds the validation rules or the format imply, everywhere in a schema; never overrides a declared one. */
function bound(schema: unknown, own: Map<string, Bounds> | undefined): void {
  if (Array.isArray(schema)) return schema.forEach((item) => bound(item, undefined));
  if (!isSchema(schema)) return;
  if (typeof schema.name === 'string' && typeof schema.in === 'string') boundString(schema.schema, schema.name);
  if (schema.properties) {
    for (const [name, property] of Object.entries(schema.properties)) {
      const bounds = own?.get(name);
      if (bounds && isSchema(property)) {
        for (const [key, value] of Object.entries(bounds)) {
          const applies = key.endsWith('Items') ? property.type === 'array' : key.endsWith('Length') ? property.type === 'string' : property.type === 'number' || property.type === 'integer';
          if (applies && property[key] === undefined) property[key] = value;
        }
      }
      boundString(property, name);
    }
  }
  if (schema.type === 'string' && schema.maxLength === undefined) {
    const byEnum = Array.isArray(schema.enum) ? Math.max(...schema.enum.map((value) => String(value).length)) : undefined;
    const byFormat = schema.format ? FORMAT_LENGTH[schema.format] : undefined;
    if (byEnum ?? byFormat) schema.maxLength = byEnum ?? byFormat;
  }
  for (const [key, value] of Object.entries(schema)) {
    // An image the server draws (the join QR code): a few kilobytes, never more than this.
    if (key.startsWith('image/') && isSchema(value) && isSchema(value.schema) && value.schema.type === 'string') value.schema.maxLength ??= 65_536;
    if (key !== 'enum' && typeof value === 'object') bound(value, undefined);
  }
}

/** Bounds from the DTOs' validation rules and the values' formats, so every string and array says its limit. */
export function applyLimits(document: OpenAPIObject): void {
  const rules = validationBounds();
  namedLengths = boundsByName(rules);
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) bound(schema, rules.get(name));
  bound(document.paths, undefined);
}
