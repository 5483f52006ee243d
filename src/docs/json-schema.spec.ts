import { describe, expect, it } from 'vitest';
import { closureOf, toJsonSchema } from './json-schema';

describe('OpenAPI 3.0 schemas as JSON Schema', () => {
  it('turns nullable scalars and enums into null types', () => {
    expect(toJsonSchema({ type: 'string', format: 'uuid', nullable: true })).toEqual({ type: ['string', 'null'], format: 'uuid' });
    expect(toJsonSchema({ type: 'string', enum: ['host', 'guest'], nullable: true })).toEqual({ type: ['string', 'null'], enum: ['host', 'guest', null] });
  });

  it('turns a nullable reference into a oneOf with null, keeping its description', () => {
    expect(toJsonSchema({ nullable: true, description: 'who', type: 'object', allOf: [{ $ref: '#/components/schemas/UserCardDto' }] })).toEqual({
      description: 'who',
      oneOf: [{ allOf: [{ $ref: '#/components/schemas/UserCardDto' }] }, { type: 'null' }],
    });
  });

  it('collects every schema a named one reaches, and refuses a missing one', () => {
    const source = {
      A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
      B: { type: 'object', properties: { c: { type: 'array', items: { $ref: '#/components/schemas/C' } } } },
      C: { type: 'string' },
      Unused: { type: 'string' },
    };
    expect(Object.keys(closureOf(['A'], source))).toEqual(['A', 'B', 'C']);
    expect(() => closureOf(['Nope'], source)).toThrow(/Nope/);
  });
});
