import type { Type } from '@nestjs/common';
import { PartialType } from '@nestjs/swagger';

/** Where @nestjs/swagger keeps a property's `@ApiProperty` options (its DECORATORS.API_MODEL_PROPERTIES, not exported). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';

/**
 * The PATCH body of a resource, derived from its create DTO so the two cannot drift: every field optional (absent
 * means "unchanged"), with the create DTO's validation. Unlike a bare `PartialType`, `null` is refused wherever the
 * create DTO refuses it (rather than reaching a NOT NULL column), and the schema drops the create DTO's `default`s:
 * an absent field keeps its value, it does not take the default.
 */
export function UpdateType<T>(create: Type<T>): Type<Partial<T>> {
  const update = PartialType(create, { skipNullProperties: false });
  const keys = (Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, update.prototype as object) as string[] | undefined) ?? [];
  for (const key of keys.map((k) => k.slice(1))) {
    const options = Reflect.getMetadata(API_MODEL_PROPERTIES, update.prototype as object, key) as Record<string, unknown> | undefined;
    if (options && 'default' in options) {
      const { default: _default, ...rest } = options;
      Reflect.defineMetadata(API_MODEL_PROPERTIES, rest, update.prototype as object, key);
    }
  }
  return update;
}
