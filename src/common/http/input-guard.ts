import type { Request, Response } from 'express';
import type { ValidationIssue } from '../../contracts/error-details';
import { DomainError } from '../errors/domain-error';

/** Deepest nesting of objects and arrays accepted in a JSON body or a query. */
export const MAX_INPUT_DEPTH = 32;

const NUL = '\u0000';

/**
 * The first unsafe thing in a parsed body or query: a NUL character in a string or a key (PostgreSQL text
 * cannot hold one, so it would fail deep inside as a 500), or nesting deeper than MAX_INPUT_DEPTH (which
 * only costs recursion further on). Stops as soon as it finds one, and never walks deeper than the limit.
 */
export function findUnsafeInput(value: unknown, path = '', depth = 0): ValidationIssue | null {
  const field = path || 'body';
  if (typeof value === 'string') return value.includes(NUL) ? { field, messages: [`${field} must not contain NUL characters`] } : null;
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= MAX_INPUT_DEPTH) return { field, messages: [`${field} is nested more than ${MAX_INPUT_DEPTH} levels deep`] };
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) return { field: childPath, messages: ['field names must not contain NUL characters'] };
    const issue = findUnsafeInput(child, childPath, depth + 1);
    if (issue) return issue;
  }
  return null;
}

/** Global guard, after the body parsers: unsafe input is a 400 VALIDATION_FAILED naming the field. */
export function rejectUnsafeInput(req: Request, _res: Response, next: (error?: unknown) => void): void {
  const issue =
    (/%00/i.test(req.path) ? { field: 'path', messages: ['the path must not contain NUL characters'] } : null) ??
    findUnsafeInput(req.query, '') ??
    findUnsafeInput(req.body, '');
  next(issue ? new DomainError('VALIDATION_FAILED', issue.messages[0], [issue]) : undefined);
}
