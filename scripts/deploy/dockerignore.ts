import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

/** One .dockerignore line. Docker's rules: the last matching line wins, `!` re-includes, a match on a directory covers its content. */
interface IgnoreRule {
  pattern: string;
  regex: RegExp;
  include: boolean;
}

export interface IgnoreRules {
  rules: IgnoreRule[];
}

/** Glob → regex with Docker's meaning: `*` and `?` stay within a path segment, `**` crosses segments. */
export function globToRegex(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < glob.length) out += `\\${glob[++i]}`;
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^')}]`;
        i = end;
      }
    } else out += c.replace(/[.+^${}()|/]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function parseDockerignore(text: string): IgnoreRules {
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!');
      const cleaned = posix.normalize(include ? line.slice(1).trim() : line).replace(/^\/+|\/+$/g, '');
      return { pattern: cleaned, regex: globToRegex(cleaned), include };
    });
  return { rules };
}

const selfAndParents = (path: string): string[] => path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));

/** True when Docker leaves `path` (relative, with `/`) out of the build context. */
export function isIgnored(ignore: IgnoreRules, path: string): boolean {
  const candidates = selfAndParents(path);
  let ignored = false;
  for (const rule of ignore.rules) {
    if (candidates.some((candidate) => rule.regex.test(candidate))) ignored = !rule.include;
  }
  return ignored;
}

/** A `!` rule could re-include something below an ignored directory: then the walk must go on. */
const mayReinclude = (ignore: IgnoreRules, dir: string): boolean =>
  ignore.rules.some((rule) => rule.include && (rule.pattern.startsWith(`${dir}/`) || rule.pattern.startsWith('**')));

/** Relative paths (files and symlinks) Docker would send as the build context of `root`. */
export function listContext(root: string, ignore: IgnoreRules): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      const ignored = isIgnored(ignore, rel);
      if (entry.isDirectory()) {
        if (!ignored || mayReinclude(ignore, rel)) walk(rel);
      } else if (!ignored) files.push(rel);
    }
  };
  walk('');
  return files.sort();
}
