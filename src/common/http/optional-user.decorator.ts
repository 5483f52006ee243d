import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { RequestWithUser } from '../auth';

/** The caller's id on a @Public() route, or null when no valid token came with the request. */
export const OptionalUser = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  return context.switchToHttp().getRequest<RequestWithUser>().user?.id ?? null;
});
