import { describe, expect, it } from 'vitest';
import { ApiError, asApiError, toApiError } from './errors';

const response = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

describe('toApiError', () => {
  it('keeps the contract: code, message, requestId and field problems', () => {
    const error = toApiError(response(400), {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'email must be an email',
      requestId: 'req-1',
      details: [{ field: 'email', messages: ['must be an email'] }, { nonsense: true }],
    });
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: 'email must be an email', requestId: 'req-1' });
    expect(error.fieldProblems).toEqual([{ field: 'email', messages: ['must be an email'] }]);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(toApiError(response(429, { 'Retry-After': '42' }), { code: 'RATE_LIMITED', message: 'slow down' }).retryAfter).toBe(42);
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const fromDate = toApiError(response(429, { 'Retry-After': inAMinute }), {}).retryAfter;
    expect(fromDate).toBeGreaterThanOrEqual(58);
    expect(fromDate).toBeLessThanOrEqual(60);
  });

  it('still gives a message and the request id header for a body that is not the contract', () => {
    const error = toApiError(new Response(null, { status: 502, statusText: 'Bad Gateway', headers: { 'X-Request-Id': 'hdr-9' } }), '<html>');
    expect(error).toMatchObject({ code: 'HTTP_502', message: 'Bad Gateway', requestId: 'hdr-9', retryAfter: null });
    expect(error.fieldProblems).toEqual([]);
  });

  it('turns anything thrown into an ApiError with a message', () => {
    expect(asApiError(new TypeError('boom'))).toMatchObject({ code: 'CLIENT', message: 'boom' });
    const original = new ApiError(404, 'NOT_FOUND', 'gone', 'r', null, null);
    expect(asApiError(original)).toBe(original);
  });
});
