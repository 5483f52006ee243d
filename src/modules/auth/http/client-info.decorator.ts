import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { ClientInfo } from '../sessions/client-info';

const first = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? value[0] : value) ?? null;

/** The caller's IP (as resolved through TRUST_PROXY), user agent and X-Client-Platform. */
export const Client = createParamDecorator((_data: unknown, context: ExecutionContext): ClientInfo => {
  const req = context.switchToHttp().getRequest<Request>();
  return {
    ip: req.ip ?? null,
    userAgent: first(req.headers['user-agent']),
    platform: first(req.headers['x-client-platform'])?.toLowerCase() ?? null,
  };
});
