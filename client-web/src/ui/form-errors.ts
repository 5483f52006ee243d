import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { asApiError } from '../api/errors';

/**
 * Puts the field problems of a VALIDATION_FAILED on the form's fields: `fields` names the form fields that have
 * the API's names, or maps the API's field names (such as `geo.lat`) to the form's. Returns true when every
 * problem found a field, so the caller can skip the general error notice; problems about other fields stay in the notice.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[] | Readonly<Record<string, Path<T>>>,
  setError: UseFormSetError<T>,
): boolean {
  const problems = asApiError(error).fieldProblems;
  if (problems.length === 0) return false;
  let allPlaced = true;
  for (const problem of problems) {
    const field = isList(fields) ? fields.find((f) => f === problem.field) : Object.hasOwn(fields, problem.field) ? fields[problem.field] : undefined;
    if (field) setError(field, { type: 'server', message: problem.messages.join(' ') });
    else allPlaced = false;
  }
  return allPlaced;
}

const isList = <F>(fields: readonly F[] | Readonly<Record<string, F>>): fields is readonly F[] => Array.isArray(fields);
