import { describe, expect, it } from 'vitest';
import { checkModels, type FixtureBinding } from './check-models';
import type { Json } from './fixture-shape';
import type { OpenApiDocument } from './openapi-drift';
import { parseSwiftFile } from './swift-source';

const openapi: OpenApiDocument = {
  components: {
    schemas: {
      CardDto: {
        type: 'object',
        required: ['id', 'name', 'avatarUrl', 'kind', 'createdAt'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          name: { type: 'string' },
          avatarUrl: { type: 'string', nullable: true },
          kind: { type: 'string', enum: ['a', 'b'] },
          createdAt: { type: 'string', format: 'date-time' },
          score: { type: 'integer' },
          tags: { type: 'array', items: { type: 'string' } },
        },
      },
      PageDto: {
        type: 'object',
        required: ['items'],
        properties: { items: { type: 'array', items: { $ref: '#/components/schemas/CardDto' } }, owner: { nullable: true, allOf: [{ $ref: '#/components/schemas/CardDto' }] } },
      },
    },
  },
};

const card = `
public enum Kind: String, Codable { case a = "a", b }

// openapi: CardDto
public struct Card: Codable {
    public let id: String
    public let displayName: String
    public let avatarUrl: String?
    public let kind: Kind
    public let createdAt: Date
    public let score: Int?
    public let tags: [String]?
    public var initials: String { String(displayName.prefix(1)) }
    static let empty = 0

    enum CodingKeys: String, CodingKey {
        case id
        case displayName = "name"
        case avatarUrl, kind, createdAt, score, tags
    }
}

// openapi: PageDto
public struct Page: Decodable {
    public let items: [Card]
    public let owner: Card?
}
`;

const recorded: Json = { items: [{ id: 'x', name: 'A', avatarUrl: null, kind: 'a', createdAt: '2026-01-01T00:00:00.000Z' }], owner: null };

function check(source: string, manifest: FixtureBinding[] = [{ file: 'page.json', type: 'Page' }], fixture: Json = recorded) {
  const parsed = parseSwiftFile('Models.swift', source);
  expect(parsed.problems).toEqual([]);
  return checkModels({ declarations: parsed.declarations, openapi, manifest, readFixture: () => fixture }).problems;
}

describe('iOS model checks', () => {
  it('accepts models that match their schemas, CodingKeys renames, and real fixtures', () => {
    expect(check(card)).toEqual([]);
  });

  it('reports syntax errors and missing tokens with their line', () => {
    const parsed = parseSwiftFile('Bad.swift', 'struct A {\n  let a: Int =\n}\nfunc f( {');
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems.every((p) => p.line >= 1)).toBe(true);
    expect(parseSwiftFile('Typed.swift', 'func f() throws(MyError) {}').problems.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a property the schema lacks',
      card.replace('public let score: Int?', 'public let score: Int?\n    public let extra: Int').replace('score, tags', 'score, tags, extra'),
      /`extra` .* not in CardDto/,
    ],
    ['a schema property the model lacks', card.replace('    public let tags: [String]?\n', '').replace(', tags\n', '\n'), /`tags` is in CardDto but not in the Swift model/],
    ['a nullable field that is not Optional', card.replace('avatarUrl: String?', 'avatarUrl: String'), /`avatarUrl` may be null/],
    ['a required field that is Optional', card.replace('kind: Kind', 'kind: Kind?'), /`kind` is required/],
    ['a wrong primitive', card.replace('score: Int?', 'score: String?'), /`score`: expected Int/],
    ['a time that is not a Date', card.replace('createdAt: Date', 'createdAt: String'), /expected Date/],
    ['an enum with other values', card.replace('case a = "a", b', 'case a = "a", c'), /enum Kind has/],
    ['a reference to an unmarked type', card.replace('// openapi: PageDto', '// openapi: Missing'), /schema Missing is not in openapi.json/],
  ])('fails on %s', (_name, source, expected) => {
    expect(check(source).join('\n')).toMatch(expected);
  });

  it('requires a mark on every decoded struct', () => {
    expect(check(`${card}\npublic struct Loose: Decodable { let a: Int }`).join('\n')).toMatch(/Loose: a decoded model needs/);
  });

  it('fails when a recorded response does not fit the model', () => {
    const wrong: Json = { items: [{ id: 'x', name: 'A', avatarUrl: null, kind: 'z', createdAt: 'yesterday', surprise: 1 }] };
    const problems = check(card, undefined, wrong).join('\n');
    expect(problems).toMatch(/surprise is recorded but Card has no property/);
    expect(problems).toMatch(/"z" does not fit Kind/);
    expect(problems).toMatch(/"yesterday" does not fit Date/);
  });

  it('compares realtime frames with the AsyncAPI document: envelopes by allOf, nullable references, constants', () => {
    const asyncapi: OpenApiDocument = {
      components: {
        schemas: {
          Envelope: { type: 'object', required: ['room', 'at'], properties: { room: { type: 'string' }, at: { type: 'string', format: 'date-time' } } },
          CardDto: openapi.components?.schemas?.CardDto ?? {},
          CardFrame: {
            allOf: [
              { $ref: '#/components/schemas/Envelope' },
              {
                type: 'object',
                required: ['card', 'type', 'role'],
                properties: {
                  card: { oneOf: [{ allOf: [{ $ref: '#/components/schemas/CardDto' }] }, { type: 'null' }] },
                  type: { const: 'card' },
                  role: { type: ['string', 'null'], enum: ['a', 'b', null] },
                },
              },
            ],
          },
        },
      },
    };
    const frame = `${card}
// asyncapi: CardFrame
public struct CardFrame: Decodable {
    public let room: String
    public let at: Date
    public let card: Card?
    public let type: String
    public let role: Kind?
}`;
    const run = (source: string, doc?: OpenApiDocument) => {
      const parsed = parseSwiftFile('Frames.swift', source);
      const fixture: Json = { room: 'r', at: '2026-01-01T00:00:00.000Z', card: null, type: 'card', role: null };
      const manifest = [{ file: 'page.json', type: 'Page' }, { file: 'frame.json', type: 'CardFrame' }];
      return checkModels({ declarations: parsed.declarations, openapi, asyncapi: doc, manifest, readFixture: (f) => (f === 'frame.json' ? fixture : recorded) }).problems;
    };
    expect(run(frame, asyncapi)).toEqual([]);
    expect(run(frame.replace('public let card: Card?', 'public let card: Card'), asyncapi).join('\n')).toMatch(/`card` may be null/);
    expect(run(frame.replace('public let at: Date\n', ''), asyncapi).join('\n')).toMatch(/`at` is in CardFrame but not in the Swift model/);
    expect(run(frame).join('\n')).toMatch(/marked asyncapi but there is no asyncapi.json/);
  });

  it('fails when a marked model appears in no recorded fixture', () => {
    expect(check(card, []).join('\n')).toMatch(/no recorded fixture contains a Card/);
  });
});
