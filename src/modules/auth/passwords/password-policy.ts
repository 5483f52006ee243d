import { DomainError } from '../../../common/errors/domain-error';
import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/** Everything wrong with a candidate password; empty when it is acceptable. Length counts characters, not bytes. */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  const length = Array.from(password).length;
  const lowered = password.trim().toLowerCase();
  if (length < MIN_PASSWORD_LENGTH) problems.push(`must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  if (length > MAX_PASSWORD_LENGTH) problems.push(`must be at most ${MAX_PASSWORD_LENGTH} characters long`);
  const trimmedEmail = email.trim().toLowerCase();
  if (trimmedEmail && (lowered === trimmedEmail || lowered === trimmedEmail.split('@')[0])) {
    problems.push('must not be your email address');
  }
  if (COMMON_PASSWORDS.has(lowered)) problems.push('is too common; choose one that is harder to guess');
  if (new Set(password).size < 4) problems.push('must use at least 4 different characters');
  return problems;
}

/** Throws VALIDATION_FAILED naming `field` when the password breaks the policy. */
export function assertAcceptablePassword(password: string, email: string, field = 'password'): void {
  const messages = passwordProblems(password, email);
  if (messages.length > 0) {
    throw new DomainError('VALIDATION_FAILED', `The ${field} ${messages.join(', ')}.`, [{ field, messages }]);
  }
}
