import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidationIssue } from '../../contracts/error-details';
import { DomainError } from '../errors/domain-error';

/** A missing field says only that it is required, not every rule its value would have to meet. */
const messagesOf = (field: string, error: ValidationError): string[] =>
  error.value === undefined ? [`${field} is required`] : Object.values(error.constraints ?? {});

function flatten(errors: ValidationError[], parent = ''): ValidationIssue[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: ValidationIssue[] = error.constraints ? [{ field, messages: messagesOf(field, error) }] : [];
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
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const summary = details.map((d) => d.messages.join(', ')).join('; ');
      return new DomainError('VALIDATION_FAILED', summary || 'The request is not valid.', details);
    },
  });
}
