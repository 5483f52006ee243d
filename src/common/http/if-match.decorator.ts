import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import type { RequestWithUser } from '../auth';

/** `If-Match: 7`, `"7"` or `W/"7"` → 7; absent or `*` → undefined (no precondition). */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  const raw = (Array.isArray(header) ? header.join(',') : header)?.trim();
  if (raw === undefined || raw === '' || raw === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(raw);
  if (!match) {
    throw new DomainError('VALIDATION_FAILED', 'If-Match must be the playlist version you last saw.', [
      { field: 'If-Match', messages: ['If-Match must be a playlist version (a non-negative integer)'] },
    ]);
  }
  return Number(match[1]);
}

/** The version the client expects the playlist to be at (optimistic concurrency), if it sent one. */
export const IfMatchVersion = createParamDecorator((_data: unknown, context: ExecutionContext): number | undefined =>
  parseIfMatch(context.switchToHttp().getRequest<RequestWithUser>().headers['if-match']),
);

/** Swagger description of the optional header. */
export const IF_MATCH_HEADER = {
  name: 'If-Match',
  required: false,
  description: 'The playlist version the change is based on; 409 VERSION_CONFLICT when it is no longer current.',
};
