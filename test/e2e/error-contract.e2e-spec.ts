import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../src/contracts/error-codes';
import { ProbeModule } from '../support/probe/probe.module';
import { bootTestApp, type TestApp } from '../support/test-app';

const expectContractBody = (body: Record<string, unknown>, status: number, code: string) => {
  expect(body).toMatchObject({ statusCode: status, code });
  expect(typeof body.message).toBe('string');
  expect(typeof body.requestId).toBe('string');
  expect((body.requestId as string).length).toBeGreaterThan(0);
  expect(ERROR_STATUS[code as keyof typeof ERROR_STATUS]).toBe(status);
};

/** A POST with a body and no Content-Type header at all (HTTP clients add one on their own). */
function rawPost(origin: string, path: string, body: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, origin), { method: 'POST', headers: { 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('error contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ extraModules: [ProbeModule], env: { BODY_LIMIT: '1kb' }, listen: true });
  });
  afterAll(() => t.close());

  it('answers an unknown API path with 404 NOT_FOUND in the contract body', async () => {
    const res = await t.http.get('/api/does-not-exist').expect(404);
    expectContractBody(res.body, 404, 'NOT_FOUND');
  });

  it('lists each invalid field, nested ones by path', async () => {
    const res = await t.http.post('/api/_probe/echo').send({ name: 'far too long a name', location: { lat: 200 } }).expect(400);
    expectContractBody(res.body, 400, 'VALIDATION_FAILED');
    const fields = (res.body.details as Array<{ field: string; messages: string[] }>).map((d) => d.field).sort();
    expect(fields).toEqual(['location.lat', 'name']);
  });

  it('rejects unknown body fields', async () => {
    const res = await t.http.post('/api/_probe/echo').send({ name: 'ok', location: { lat: 1 }, isAdmin: true }).expect(400);
    expectContractBody(res.body, 400, 'VALIDATION_FAILED');
    expect(res.body.details).toEqual([{ field: 'isAdmin', messages: ['property isAdmin should not exist'] }]);
  });

  it('accepts a valid body and returns it transformed', async () => {
    const res = await t.http.post('/api/_probe/echo').send({ name: 'ok', location: { lat: 1 } }).expect(201);
    expect(res.body).toEqual({ name: 'ok', location: { lat: 1 } });
  });

  it('says a missing field is required, and only that', async () => {
    const res = await t.http.post('/api/_probe/echo').send({ location: { lat: 1 } }).expect(400);
    expectContractBody(res.body, 400, 'VALIDATION_FAILED');
    expect(res.body.message).toBe('name is required');
    expect(res.body.details).toEqual([{ field: 'name', messages: ['name is required'] }]);
  });

  it('answers malformed JSON with "Malformed JSON body" and the position in details', async () => {
    const res = await t.http.post('/api/_probe/echo').set('Content-Type', 'application/json').send('{"name": }').expect(400);
    expectContractBody(res.body, 400, 'VALIDATION_FAILED');
    expect(res.body.message).toBe('Malformed JSON body');
    expect(res.body.details).toEqual([{ field: 'body', messages: [expect.any(String)], position: 9 }]);
  });

  it('answers a body over the limit with 413 PAYLOAD_TOO_LARGE stating the limit', async () => {
    const res = await t.http.post('/api/_probe/echo').send({ name: 'x'.repeat(4096), location: { lat: 1 } }).expect(413);
    expectContractBody(res.body, 413, 'PAYLOAD_TOO_LARGE');
    expect(res.body.message).toBe('The request body is larger than the limit of 1 KB.');
    expect(res.body.details).toEqual({ limitBytes: 1024 });
  });

  it('refuses a non-JSON body on a JSON route with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const text = await t.http.post('/api/_probe/echo').set('Content-Type', 'text/plain').send('name=ok').expect(415);
    expectContractBody(text.body, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(text.body.details).toEqual({ contentType: 'text/plain', accepted: ['application/json'] });
    const form = await t.http.post('/api/_probe/echo').type('form').send({ name: 'ok' }).expect(415);
    expect(form.body.details.contentType).toBe('application/x-www-form-urlencoded');
  });

  it('refuses a body sent without any content type with 415', async () => {
    const res = await rawPost(t.url, '/api/_probe/echo', '{"name":"ok","location":{"lat":1}}');
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: { contentType: null, accepted: ['application/json'] } });
  });

  it('always sends details: an empty object for codes without facts', async () => {
    const res = await t.http.get('/api/does-not-exist').expect(404);
    expect(res.body.details).toEqual({});
  });

  it('hides the cause of an unexpected error behind 500 INTERNAL', async () => {
    const res = await t.http.get('/api/_probe/crash').expect(500);
    expectContractBody(res.body, 500, 'INTERNAL');
    expect(JSON.stringify(res.body)).not.toContain('secret internal detail');
    expect(JSON.stringify(res.body)).not.toContain('.ts:');
  });

  it('maps a domain error to its status with its details', async () => {
    const res = await t.http.get('/api/_probe/domain').expect(403);
    expectContractBody(res.body, 403, 'VOTE_OUTSIDE_AREA');
    expect(res.body.details).toEqual({ distanceMeters: 4800 });
  });

  it('echoes a client request id and mints one otherwise', async () => {
    const echoed = await t.http.get('/api/does-not-exist').set('X-Request-Id', 'client-abc-123');
    expect(echoed.headers['x-request-id']).toBe('client-abc-123');
    expect(echoed.body.requestId).toBe('client-abc-123');
    const minted = await t.http.get('/api/health');
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('does not echo a request id that could forge log lines', async () => {
    const res = await t.http.get('/api/health').set('X-Request-Id', 'bad id\twith tabs');
    expect(res.headers['x-request-id']).not.toContain('bad id');
  });
});
