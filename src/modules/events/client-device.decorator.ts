import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { RequestWithUser } from '../../common/auth';

/** The caller's `X-Client-Device` header (a delegation may be bound to it), or null. */
export const ClientDevice = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  const raw = context.switchToHttp().getRequest<RequestWithUser>().headers['x-client-device'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && value.trim() !== '' ? value.trim() : null;
});

export const CLIENT_DEVICE_HEADER = {
  name: 'X-Client-Device',
  required: false,
  description: 'The calling device (a delegation may be bound to it).',
};
