import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ErrorBody } from '../../contracts/error-details';
import { requestIdOf } from '../http/request-id';
import { mapError } from './error-mapping';

/** Writes the contract's error body for every error that reaches HTTP; stacks go to the log only. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ExceptionFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const mapped = mapError(error);
    const requestId = requestIdOf(request);

    if (mapped.isUnexpected) {
      this.logger.error({ err: error, requestId, path: request.originalUrl }, 'Unhandled error');
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    const body: ErrorBody = { statusCode: mapped.status, code: mapped.code, message: mapped.message, requestId, details: mapped.details };
    for (const [name, value] of Object.entries(mapped.headers ?? {})) response.setHeader(name, value);
    response.status(mapped.status).json(body);
  }
}
