import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { asApiError } from '../api/errors';

/**
 * Puts the field problems of a VALIDATION_FAILED on the form's fields. Returns true when every problem found
 * a field, so the caller can skip the general error notice; problems about other fields stay in the notice.
 */
export function applyFieldErrors<T extends FieldValues>(error: unknown, fields: readonly Path<T>[], setError: UseFormSetError<T>): boolean {
  const problems = asApiError(error).fieldProblems;
  if (problems.length === 0) return false;
  let allPlaced = true;
  for (const problem of problems) {
    const field = fields.find((f) => f === problem.field);
    if (field) setError(field, { type: 'server', message: problem.messages.join(' ') });
    else allPlaced = false;
  }
  return allPlaced;
}
