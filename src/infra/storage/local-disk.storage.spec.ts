import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './local-disk.storage';

const dirs: string[] = [];
const storage = () => {
  const dir = mkdtempSync(join(tmpdir(), 'musicroom-storage-'));
  dirs.push(dir);
  return new LocalDiskStorage(dir);
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('LocalDiskStorage', () => {
  it('stores, reads back with its content type and a content etag, and deletes', async () => {
    const s = storage();
    const { etag } = await s.put('avatars/u1.webp', Buffer.from('abc'), 'image/webp');
    expect(await s.get('avatars/u1.webp')).toEqual({ bytes: Buffer.from('abc'), contentType: 'image/webp', etag });
    await s.delete('avatars/u1.webp');
    expect(await s.get('avatars/u1.webp')).toBeNull();
  });

  it('changes the etag when the content changes', async () => {
    const s = storage();
    const first = await s.put('a', Buffer.from('one'), 'text/plain');
    const second = await s.put('a', Buffer.from('two'), 'text/plain');
    expect(first.etag).not.toEqual(second.etag);
  });

  it('refuses keys that escape its directory', async () => {
    const s = storage();
    for (const key of ['../x', '/etc/passwd', 'a/../../b', '.hidden', 'a//b']) {
      await expect(s.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Unsafe storage key/);
    }
  });
});
