import { PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { DomainError } from '../errors/domain-error';
import { formatBytes } from './byte-size';

/**
 * Put before a FileInterceptor limited to `limitBytes`: its bare "File too large" becomes a 413 that states
 * the limit, in words and in `details.limitBytes`.
 */
export class UploadLimit implements NestInterceptor {
  constructor(private readonly limitBytes: number) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) =>
        throwError(() =>
          error instanceof PayloadTooLargeException
            ? new DomainError('PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${formatBytes(this.limitBytes)}.`, { limitBytes: this.limitBytes })
            : error,
        ),
      ),
    );
  }
}
