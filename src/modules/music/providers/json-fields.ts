import { UpstreamError } from '../../../infra/http';

/** Small readers for provider JSON: they never trust a field's type. */
export type JsonObject = Record<string, unknown>;

export const objectOf = (value: unknown): JsonObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;

export const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

export const numberOf = (value: unknown): number | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
};

/** Ids arrive as numbers (Deezer, iTunes) or strings (Jamendo, YouTube). */
export const idOf = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : textOf(value);

export const urlOf = (value: unknown): string | undefined => {
  const url = textOf(value);
  return url && /^https?:\/\//.test(url) ? url : undefined;
};

/** The list a provider's answer must hold; its absence means the answer is not what the API documents. */
export function listOf(provider: string, body: unknown, field: string): unknown[] {
  const list = objectOf(body)?.[field];
  if (!Array.isArray(list)) throw new UpstreamError(provider, 'invalid_response', `${provider}: answer has no "${field}" list`);
  return list;
}

export const defined = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;
