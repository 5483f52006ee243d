/** Letters NFD does not decompose into a base letter plus marks. */
const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };

/**
 * The form both the catalogue and queries are compared in: accents stripped (NFD, marks removed), lower case,
 * apostrophes dropped ("Poupi's" → "poupis"), any other run of non-alphanumerics collapsed to one space.
 * Computed in JS so the SQL needs neither unaccent nor pg_trgm (PGlite has neither).
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđłþı]/g, (c) => FOLDED[c] ?? c)
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Escapes LIKE wildcards so user text matches literally (backslash is PostgreSQL's default escape). */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
