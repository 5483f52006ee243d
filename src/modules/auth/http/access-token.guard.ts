import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { EMAIL_VERIFICATION_KEY, IS_PUBLIC_KEY, type RequestWithUser } from '../../../common/auth';
import { DomainError } from '../../../common/errors/domain-error';
import { AccessTokens } from '../sessions/access-tokens';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The global guard: every route needs a valid access token unless marked @Public() (where a valid token is
 * still recognised, so @CurrentUser() works). Writes need a verified email unless @AllowUnverifiedEmail().
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<RequestWithUser & { method: string }>();
    const token = bearerToken(request);
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) {
      if (token) request.user = await this.accessTokens.verify(token).catch(() => undefined);
      return true;
    }
    if (!token) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue (Authorization: Bearer <accessToken>).');
    const user = await this.accessTokens.verify(token);
    request.user = user;
    const verificationRequired =
      this.reflector.getAllAndOverride<boolean | undefined>(EMAIL_VERIFICATION_KEY, targets) ?? WRITE_METHODS.has(request.method);
    if (verificationRequired && !user.emailVerified) {
      throw new DomainError('EMAIL_NOT_VERIFIED', 'Confirm your email address to do this.');
    }
    return true;
  }
}

function bearerToken(request: RequestWithUser): string | null {
  const header = request.headers.authorization;
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match ? match[1] : null;
}
