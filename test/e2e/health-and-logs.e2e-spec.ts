import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_FRAMES } from '../../src/modules/realtime';
import { LogCapture } from '../support/log-capture';
import { ProbeModule } from '../support/probe/probe.module';
import { bootTestApp, type TestApp } from '../support/test-app';


interface AsyncApiDocument {
  asyncapi: string;
  channels: Record<string, { address: string }>;
  components: { messages: Record<string, { tags: Array<{ name: string }> }>; schemas: Record<string, unknown> };
}

describe('health, docs and request logs', () => {
  let t: TestApp;
  const logs = new LogCapture();

  beforeAll(async () => {
    t = await bootTestApp({ env: { LOG_LEVEL: 'info' }, logDestination: logs, extraModules: [ProbeModule] });
  });
  afterAll(() => t.close());

  it('reports the process up', async () => {
    expect((await t.http.get('/api/health').expect(200)).body).toEqual({ status: 'ok' });
  });

  it('reports the database ready', async () => {
    const res = await t.http.get('/api/health/ready').expect(200);
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.redis).toBeUndefined();
  });

  it('serves Swagger UI and the OpenAPI document', async () => {
    const ui = await t.http.get('/api/docs/').expect(200);
    expect(ui.text).toContain('swagger');
    const spec = await t.http.get('/api/docs-json').expect(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(spec.body.paths['/api/health']).toBeDefined();
    expect(spec.body.info.description).toContain('](/api/asyncapi.json)');
  });

  it('serves the AsyncAPI document of every realtime frame beside it, versioned frames marked', async () => {
    const doc = (await t.http.get('/api/asyncapi.json').expect(200)).body as AsyncApiDocument;
    expect(doc.asyncapi).toBe('3.0.0');
    const frames = Object.keys(SERVER_FRAMES);
    expect(Object.keys(doc.components.messages)).toEqual(expect.arrayContaining([...frames, 'subscribe', 'subscribe.ack', 'auth.refresh.ack']));
    const unversioned = frames.filter((name) => doc.components.messages[name].tags[0].name === 'unversioned');
    expect(unversioned.sort()).toEqual(['notification', 'presence', 'session.ended']);
    expect(JSON.stringify(doc.components.schemas.PresenceFrame)).not.toContain('VersionedEnvelope');
    expect(JSON.stringify(doc.components.schemas.QueueVoteChangedFrame)).toContain('VersionedEnvelope');
    expect(doc.components.schemas.QueueEntryBaseDto).toBeDefined();
    expect(doc.channels.eventRoom.address).toBe('event:{eventId}');
  });

  it('logs each request with its id, client headers, status and duration', async () => {
    await t.http
      .get('/api/does-not-exist')
      .set('X-Request-Id', 'log-check-1')
      .set('X-Client-Platform', 'ios')
      .set('X-Client-Device', 'iPhone15,2')
      .set('X-Client-App-Version', '1.4.0');
    const line = logs.lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'log-check-1');
    expect(line).toMatchObject({
      client: { platform: 'ios', device: 'iPhone15,2', appVersion: '1.4.0' },
      res: { statusCode: 404 },
    });
    expect(typeof line?.responseTime).toBe('number');
  });

  it('never writes secrets or tokens to the log', async () => {
    const secret = 'eyJhbGciOiJIUzI1NiJ9.super-secret-token-value';
    await t.http
      .post('/api/_probe/echo?token=query-secret-value')
      .set('Authorization', `Bearer ${secret}`)
      .set('Cookie', 'refresh_token=cookie-secret-value')
      .send({ name: 'x', location: { lat: 1 }, password: 'body-secret-value' });
    await t.http.get('/api/_probe/crash').set('Authorization', `Bearer ${secret}`);
    expect(logs.raw).toContain('/api/_probe/echo');
    for (const leaked of ['super-secret-token-value', 'cookie-secret-value', 'query-secret-value', 'body-secret-value']) {
      expect(logs.raw).not.toContain(leaked);
    }
  });

  it('logs the stack of an unexpected error on the server side only', () => {
    expect(logs.raw).toContain('secret internal detail');
  });
});
