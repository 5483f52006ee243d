import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import type { AuthUser, RequestWithUser } from './auth-user';

/** The authenticated caller. Routes marked @Public() that use it get 401 when no one is signed in. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  return user;
});
