import { expect } from 'vitest';

/** An HTTP answer as supertest gives it. */
export interface HttpAnswer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * The one check of the error contract, at both levels tests work at:
 * - an HTTP answer: this status, and a contract body (`code`, the same `statusCode`, a `requestId`);
 * - a service call: the promise rejects with this contract `code`.
 * With `details`, the error's details contain these fields too.
 */
export function expectError(res: HttpAnswer, status: number, code: string, details?: Record<string, unknown>): void;
export function expectError(promise: Promise<unknown>, code: string, details?: Record<string, unknown>): Promise<void>;
export function expectError(
  target: HttpAnswer | Promise<unknown>,
  statusOrCode: number | string,
  codeOrDetails?: string | Record<string, unknown>,
  httpDetails?: Record<string, unknown>,
): void | Promise<void> {
  if (target instanceof Promise) {
    const code = statusOrCode as string;
    const details = codeOrDetails as Record<string, unknown> | undefined;
    return expect(target).rejects.toMatchObject(details ? { code, details: expect.objectContaining(details) } : { code });
  }
  const status = statusOrCode as number;
  expect({ status: target.status, code: target.body.code }).toEqual({ status, code: codeOrDetails });
  expect(target.body.statusCode).toBe(status);
  expect(typeof target.body.requestId).toBe('string');
  if (httpDetails) expect(target.body.details).toMatchObject(httpDetails);
}
