/** Narrowing helpers for parsed YAML, whose shape is unknown until checked. */
export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

export const objAt = (value: unknown, key: string): Obj | undefined => {
  const inner = isObj(value) ? value[key] : undefined;
  return isObj(inner) ? inner : undefined;
};

export const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

/** Secrets must come from the platform or the operator, never from a committed file. */
export const looksSecret = (name: string): boolean => /SECRET|PASSWORD|API_KEY|_TOKEN$/.test(name);
