import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidationIssue } from '../../contracts/error-codes';
import { DomainError } from '../errors/domain-error';

function flatten(errors: ValidationError[], parent = ''): ValidationIssue[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: ValidationIssue[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisting, unknown fields rejected, payloads transformed into their DTO classes. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const summary = details.map((d) => d.messages.join(', ')).join('; ');
      return new DomainError('VALIDATION_FAILED', summary || 'The request is not valid.', details);
    },
  });
}
