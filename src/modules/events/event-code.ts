import { randomInt } from 'node:crypto';

/** Upper-case letters and digits without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V). */
export const EVENT_CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
export const EVENT_CODE_LENGTH = 7;
export const EVENT_CODE_PATTERN = new RegExp(`^[${EVENT_CODE_ALPHABET}]{6,8}$`);

/** A fresh random join code (23^7 ≈ 3.4 billion codes; uniqueness is the database's unique index). */
export function newEventCode(): string {
  let code = '';
  for (let i = 0; i < EVENT_CODE_LENGTH; i++) code += EVENT_CODE_ALPHABET[randomInt(EVENT_CODE_ALPHABET.length)];
  return code;
}

/** What a person types from a screen or a poster: case and separators do not matter. */
export function normalizeEventCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
