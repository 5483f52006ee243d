import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

const BLOCK = 512;

const text = (header: Buffer, start: number, length: number): string => {
  const field = header.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
};

/**
 * Writes the files and directories of an uncompressed ustar archive (PGlite's `dumpDataDir('none')`) under
 * `dir`, with Node's own file system calls. `last` is written after everything else, so an interrupted extraction
 * never leaves that file beside an incomplete rest.
 */
export function extractTar(tar: Buffer, dir: string, last?: string): void {
  const root = resolve(dir);
  let deferred: { path: string; data: Buffer } | null = null;
  for (let offset = 0; offset + BLOCK <= tar.length; ) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const prefix = text(header, 345, 155);
    const name = `${prefix ? `${prefix}/` : ''}${text(header, 0, 100)}`;
    const size = parseInt(text(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 0x30);
    if (offset + BLOCK + size > tar.length) throw new Error(`The archive ends inside ${name}: it is truncated`);
    const data = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const path = resolve(root, `.${sep}${name}`);
    const inside = relative(root, path);
    if (inside.startsWith('..')) throw new Error(`The archive names a path outside ${dir}: ${name}`);
    if (type === '5') mkdirSync(path, { recursive: true });
    else if (type === '0') {
      if (inside === last) deferred = { path, data };
      else write(path, data);
    } else throw new Error(`The archive holds an entry of type "${type}" (${name}): only files and directories are expected`);
  }
  if (deferred) write(deferred.path, deferred.data);
}

function write(path: string, data: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data, { mode: 0o600 });
}
