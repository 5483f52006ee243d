import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { CLIENT_HEADER_MAX, cleanClientHeader, type ClientInfo } from './client-info';

const first = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? value[0] : value) ?? null;

/** The caller's IP (as resolved through TRUST_PROXY), user agent and X-Client-Platform/Device/App-Version. */
export const Client = createParamDecorator((_data: unknown, context: ExecutionContext): ClientInfo => {
  const req = context.switchToHttp().getRequest<Request>();
  return {
    ip: req.ip ?? null,
    userAgent: first(req.headers['user-agent']),
    platform: cleanClientHeader(first(req.headers['x-client-platform']), CLIENT_HEADER_MAX.platform)?.toLowerCase() ?? null,
    deviceName: cleanClientHeader(first(req.headers['x-client-device']), CLIENT_HEADER_MAX.deviceName),
    appVersion: cleanClientHeader(first(req.headers['x-client-app-version']), CLIENT_HEADER_MAX.appVersion),
  };
});
