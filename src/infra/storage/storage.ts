export interface StoredObject {
  bytes: Buffer;
  contentType: string;
  /** Strong validator derived from the content. */
  etag: string;
}

/** Where uploaded and generated files live (local disk by default; an S3-compatible store fits the same port). */
export interface Storage {
  put(key: string, bytes: Buffer, contentType: string): Promise<{ etag: string }>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
}

export const STORAGE = Symbol('STORAGE');

const SAFE_KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i;

/** Keys are relative paths of safe segments: no traversal, no absolute paths, no hidden files. */
export function assertSafeKey(key: string): void {
  if (!SAFE_KEY.test(key) || key.split('/').some((segment) => segment === '..' || segment === '.')) {
    throw new Error(`Unsafe storage key: ${JSON.stringify(key)}`);
  }
}
