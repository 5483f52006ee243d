import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Encoder, PacketType } from 'socket.io-parser';

export const IOS_FIXTURES_DIR = join(process.cwd(), 'client-ios', 'Tests', 'MusicRoomKitTests', 'Fixtures');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
export const FIXED_TIME = '2026-01-01T00:00:00.000Z';
const FIXED_EVENT_CODE = 'K7RM4QX';
/** Values that change on every run, replaced by key so the files only change when the API does. */
const VOLATILE_KEYS: Record<string, string> = { accessToken: 'fixture-access-token', refreshToken: 'fixture-refresh-token' };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One recorded response or frame and the Swift type that decodes it (the check reads `manifest.json`). */
interface Binding {
  file: string;
  pointer?: string;
  type: string;
}

/**
 * Collects real responses and frames for the iOS fixtures, made deterministic: UUIDs become numbered ones in
 * order of first appearance in each file, times become one fixed instant, tokens and request ids fixed strings.
 */
export class IosFixtureRecorder {
  /** Per file, so that adding a recording never renumbers the ids of the others. */
  private ids = new Map<string, string>();
  private readonly files = new Map<string, string>();
  private readonly manifest: Binding[] = [];

  /** A REST body (or error body) decoded by `type`. */
  response(file: string, type: string, body: unknown): void {
    this.ids = new Map();
    this.put(file, this.normalise(body as Json));
    this.manifest.push({ file, type });
  }

  /** A server → client event, with the exact text frame a socket receives, decoded by `type`. */
  frame(file: string, type: string, event: string, payload: unknown): void {
    this.ids = new Map();
    const normalised = this.normalise(payload as Json);
    const [packet] = new Encoder().encode({ type: PacketType.EVENT, nsp: '/', data: [event, normalised] }) as string[];
    this.put(file, { event, frame: `4${packet}`, payload: normalised });
    this.manifest.push({ file, pointer: 'payload', type });
  }

  /** The ack of a client → server event, with its text frame. */
  ack(file: string, type: string, event: string, ackId: number, payload: unknown): void {
    this.ids = new Map();
    const normalised = this.normalise(payload as Json);
    const [packet] = new Encoder().encode({ type: PacketType.ACK, nsp: '/', id: ackId, data: [normalised] }) as string[];
    this.put(file, { event, frame: `4${packet}`, payload: normalised });
    this.manifest.push({ file, pointer: 'payload', type });
  }

  private put(file: string, value: Json): void {
    if (this.files.has(file)) throw new Error(`fixture ${file} recorded twice`);
    this.files.set(file, `${JSON.stringify(value, null, 2)}\n`);
  }

  private normalise(value: Json, key?: string): Json {
    if (typeof value === 'string') {
      if (key && key in VOLATILE_KEYS) return VOLATILE_KEYS[key];
      if (ISO_TIME.test(value)) return FIXED_TIME;
      return value.replace(UUID, (id) => this.fixedId(id.toLowerCase()));
    }
    if (Array.isArray(value)) return value.map((item) => this.normalise(item));
    if (value !== null && typeof value === 'object') {
      const isErrorBody = 'statusCode' in value && 'requestId' in value;
      // An event's join code is random; an error body's `code` is not.
      const isEvent = 'visibility' in value && 'code' in value;
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          isErrorBody && k === 'requestId' ? 'fixture-request-id' : isEvent && k === 'code' ? FIXED_EVENT_CODE : this.normalise(v, k),
        ]),
      );
    }
    return value;
  }

  private fixedId(id: string): string {
    let fixed = this.ids.get(id);
    if (!fixed) {
      fixed = `00000000-0000-4000-8000-${String(this.ids.size + 1).padStart(12, '0')}`;
      this.ids.set(id, fixed);
    }
    return fixed;
  }

  /** Every file as it should be on disk, with the manifest. */
  rendered(): Map<string, string> {
    const all = new Map(this.files);
    all.set('manifest.json', `${JSON.stringify(this.manifest, null, 2)}\n`);
    return all;
  }

  /** Writes the files and deletes recorded files that are no longer produced. */
  write(dir = IOS_FIXTURES_DIR): void {
    const expected = this.rendered();
    for (const file of listFixtureFiles(dir)) if (!expected.has(file)) rmSync(join(dir, file));
    for (const [file, content] of expected) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content);
    }
  }

  /** What differs from the files on disk: missing, stale or no longer produced. */
  staleness(dir = IOS_FIXTURES_DIR): string[] {
    const expected = this.rendered();
    const problems: string[] = [];
    for (const [file, content] of expected) {
      const path = join(dir, file);
      if (!existsSync(path)) problems.push(`missing: ${file}`);
      else if (readFileSync(path, 'utf8') !== content) problems.push(`stale: ${file}`);
    }
    for (const file of listFixtureFiles(dir)) if (!expected.has(file)) problems.push(`no longer recorded: ${file}`);
    return problems;
  }
}

function listFixtureFiles(dir: string, root = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFixtureFiles(path, root);
    return entry.name.endsWith('.json') ? [relative(root, path)] : [];
  });
}
