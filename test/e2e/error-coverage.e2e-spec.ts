import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkObservation, detailsMatch, documentedCodes, errorsObserved, takeUndocumentedErrors, templateOf } from '../support/error-coverage';
import { httpAs, signedInUser } from '../support/sessions';
import { bootTestApp, type TestApp } from '../support/test-app';

/**
 * The check behind "openapi.json documents every error": test/support/error-coverage.ts watches every app the
 * suites boot and fails a file whose requests got an error the document does not list. These tests show the
 * check itself can fail, so a green suite means something.
 */
describe('error coverage: every error answered is documented in openapi.json', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(() => t?.close());

  it('maps a request to its operation template, preferring literal segments', () => {
    expect(templateOf('GET', '/api/events/by-code/ABCD-EFGH')).toBe('/api/events/by-code/{code}');
    expect(templateOf('GET', '/api/events/0c1f6f7e-0000-4000-8000-000000000000')).toBe('/api/events/{id}');
    expect(templateOf('POST', '/api/auth/sessions/revoke-others')).toBe('/api/auth/sessions/revoke-others');
    expect(templateOf('GET', '/api/nowhere')).toBeUndefined();
    expect(templateOf('PATCH', '/api/health')).toBeUndefined();
  });

  it('accepts a documented error and finds an undocumented one, or one whose details have another shape', () => {
    expect(documentedCodes('PUT', '/api/events/{id}/delegates/{userId}', 403)).toEqual(expect.arrayContaining(['FORBIDDEN', 'NOT_FRIENDS']));
    expect(checkObservation({ method: 'PUT', path: '/api/events/{id}/delegates/{userId}', status: 403, code: 'NOT_FRIENDS' }, 'example', {})).toBe(true);
    expect(checkObservation({ method: 'GET', path: '/api/health', status: 409, code: 'VERSION_CONFLICT' }, 'GET /api/health', {})).toBe(false);
    expect(detailsMatch('PATCH', '/api/playlists/{id}', 409, {})).toBe(false);
    expect(detailsMatch('PATCH', '/api/playlists/{id}', 409, { currentVersion: 3 })).toBe(true);
    expect(checkObservation({ method: 'PATCH', path: '/api/playlists/{id}', status: 409, code: 'VERSION_CONFLICT' }, 'example', {})).toBe(false);
    const found = takeUndocumentedErrors();
    expect(found.map((f) => `${f.method} ${f.path} ${f.status} ${f.code.split(' ')[0]}`)).toEqual(['GET /api/health 409 VERSION_CONFLICT', 'PATCH /api/playlists/{id} 409 VERSION_CONFLICT']);
  });

  it('records the errors a real request gets: a documented refusal leaves nothing to report', async () => {
    const user = await signedInUser(t, 'owner');
    const before = errorsObserved();
    const res = await httpAs(t, user).put('/events/00000000-0000-4000-8000-000000000000/delegates/00000000-0000-4000-8000-000000000001', {});
    expect(res.status).toBe(404);
    expect(errorsObserved()).toBe(before + 1);
    expect(takeUndocumentedErrors()).toEqual([]);
  });
});
