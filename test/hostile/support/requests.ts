import fc from 'fast-check';
import { expect } from 'vitest';
import type { TestApp } from '../../support/test-app';
import { fillPath, type OpenApiModel, type Operation } from './openapi-model';
import { ownerParam } from './route-params';
import { SchemaArbitraries } from './schema-arbitrary';
import type { World } from './world';

export interface HostileRequest {
  path: string;
  query: Record<string, string>;
  as: 'owner' | 'stranger' | 'nobody';
  body?: { json: unknown } | { raw: string; contentType: string } | { file: Uint8Array };
}

export const isMutating = (op: Operation): boolean => op.method !== 'get';

const hostileSegment = fc.oneof(fc.uuid(), fc.string({ maxLength: 20 }), fc.constantFrom('\u0000', '..', 'x'.repeat(3000), '-1', '🎵', ' '));
/** Thousands of levels deep, as text: a parsed value that deep would overflow the fuzzer's own reporting. */
const deepJson = fc.integer({ min: 33, max: 5000 }).chain((depth) =>
  fc.constantFrom('['.repeat(depth) + ']'.repeat(depth), `{"name":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`),
);
const rawBodies = fc.record({
  raw: fc.oneof(fc.constantFrom('{"a":', '{"a":1}}', 'null', '[]', '"x"', '{"__proto__":{"admin":true}}', '\u0000', ''), deepJson),
  contentType: fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml'),
});

const toQueryValue = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? '');

/** Requests for one operation: its parameters and body from the schema, aimed mostly at the owner's own things. */
export function requestsFor(model: OpenApiModel, op: Operation, world: World): fc.Arbitrary<HostileRequest> {
  const values = new SchemaArbitraries(model);
  const pathNames = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const pathArb = fc.record(
    Object.fromEntries(pathNames.map((name) => [name, fc.oneof({ weight: 4, arbitrary: fc.constant(ownerParam(world, op.path, name) ?? 'unknown') }, { weight: 1, arbitrary: hostileSegment })])),
  );
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const queryArb = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, values.value(p.schema ?? {}).map(toQueryValue)])), { requiredKeys: [] });
  const jsonBody = op.jsonBody ? values.body(op.jsonBody).map((json) => ({ json })) : fc.constant(undefined);
  const bodyArb: fc.Arbitrary<HostileRequest['body']> = op.multipart
    ? fc.oneof(fc.uint8Array({ maxLength: 2048 }).map((file) => ({ file })), fc.constant(undefined))
    : fc.oneof({ weight: 6, arbitrary: jsonBody }, { weight: 1, arbitrary: rawBodies });
  return fc.record({
    path: pathArb.map((params) => fillPath(op.path, params)),
    query: queryArb as fc.Arbitrary<Record<string, string>>,
    as: fc.constantFrom<HostileRequest['as']>('owner', 'owner', 'owner', 'owner', 'stranger', 'nobody'),
    body: bodyArb,
  });
}

export async function send(t: TestApp, world: World, op: Operation, req: HostileRequest): Promise<{ status: number; body: unknown; type: string }> {
  let call = t.http[op.method](req.path).query(req.query);
  const user = req.as === 'owner' ? world.owner : req.as === 'stranger' ? world.stranger : null;
  if (user) call = call.set('Authorization', `Bearer ${user.accessToken}`);
  const body = req.body;
  if (body && 'json' in body) call = call.set('Content-Type', 'application/json').send(JSON.stringify(body.json) ?? 'null');
  else if (body && 'raw' in body) call = call.set('Content-Type', body.contentType).send(body.raw);
  else if (body && 'file' in body) call = call.attach('file', Buffer.from(body.file), 'upload.png');
  const res = await call;
  const type: string | undefined = res.headers['content-type'];
  return { status: res.status, body: res.body as unknown, type: type ?? '' };
}

/** Every refusal is the contract's error body. */
export function expectContract(res: { status: number; body: unknown; type: string }): void {
  expect(res.type).toContain('application/json');
  const body = res.body as Record<string, unknown>;
  expect(body).toMatchObject({ statusCode: res.status, code: expect.stringMatching(/^[A-Z][A-Z0-9_]*$/), message: expect.any(String), requestId: expect.any(String) });
  if (!process.env.FUZZ_SKIP_DETAILS) expect(body).toHaveProperty('details');
}
