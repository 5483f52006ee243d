import { generateKeyBetween } from 'fractional-indexing';

/** A key strictly between `lower` and `upper` (null = open end), both as fractional index keys. */
export const keyBetween = (lower: string | null, upper: string | null): string => generateKeyBetween(lower, upper);

/** Whether `position` already lies strictly between the two bounds (byte order, like COLLATE "C"). */
export const isBetween = (position: string, lower: string | null, upper: string | null): boolean =>
  (lower === null || lower < position) && (upper === null || position < upper);
