import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractTar } from './tar';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'musicroom-tar-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A ustar archive of a small data directory, written by the system's tar. */
function archive(): Buffer {
  const source = tempDir();
  mkdirSync(join(source, 'base/1'), { recursive: true });
  writeFileSync(join(source, 'PG_VERSION'), '17\n');
  writeFileSync(join(source, 'base/1/112'), Buffer.alloc(8192, 7));
  mkdirSync(join(source, 'pg_tblspc'));
  const file = join(tempDir(), 'data.tar');
  execFileSync('tar', ['--format=ustar', '-cf', file, '-C', source, '.']);
  return readFileSync(file);
}

describe('extractTar', () => {
  it('writes every file and directory of the archive, contents included', () => {
    const target = tempDir();
    extractTar(archive(), target, 'PG_VERSION');
    expect(readFileSync(join(target, 'PG_VERSION'), 'utf8')).toBe('17\n');
    expect(readFileSync(join(target, 'base/1/112'))).toEqual(Buffer.alloc(8192, 7));
    expect(existsSync(join(target, 'pg_tblspc'))).toBe(true);
  });

  it('stops at a truncated archive without writing the file kept for last', () => {
    const whole = archive();
    const target = tempDir();
    expect(() => extractTar(whole.subarray(0, whole.indexOf('112') + 512 + 4096), target, 'PG_VERSION')).toThrow(/truncated/);
    expect(existsSync(join(target, 'PG_VERSION'))).toBe(false);
  });

  it('refuses an entry that names a path outside the target', () => {
    const header = Buffer.alloc(512);
    header.write('../escaped', 0);
    header.write('0000000\0', 124);
    header.write('0', 156);
    const target = join(tempDir(), 'inner');
    expect(() => extractTar(Buffer.concat([header, Buffer.alloc(1024)]), target)).toThrow(/outside/);
    expect(existsSync(join(target, '../escaped'))).toBe(false);
  });
});
