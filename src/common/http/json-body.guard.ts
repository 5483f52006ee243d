import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Request } from 'express';
import { DomainError } from '../errors/domain-error';

export const JSON_MEDIA_TYPE = 'application/json';

const isJson = (contentType: string) => {
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type === JSON_MEDIA_TYPE || type.endsWith('+json');
};

const hasBody = (req: Request) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

/**
 * A route that reads a JSON body (`@Body()`) refuses any other body with 415 UNSUPPORTED_MEDIA_TYPE, instead
 * of running on the empty body the JSON parser left behind. Uploads (`@UploadedFile`) and raw webhooks do not
 * declare `@Body()` and are not concerned.
 */
@Injectable()
export class JsonBodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http' || !this.readsBody(context)) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const contentType = req.headers['content-type'];
    if (!hasBody(req) || (contentType !== undefined && isJson(contentType))) return true;
    throw new DomainError(
      'UNSUPPORTED_MEDIA_TYPE',
      contentType
        ? `This route takes a JSON body, not ${contentType.split(';')[0]}: send it with Content-Type: ${JSON_MEDIA_TYPE}.`
        : `This route takes a JSON body: send it with Content-Type: ${JSON_MEDIA_TYPE}.`,
      { contentType: contentType ?? null, accepted: [JSON_MEDIA_TYPE] },
    );
  }

  private readsBody(context: ExecutionContext): boolean {
    const args: unknown = Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name);
    return typeof args === 'object' && args !== null && Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
  }
}
