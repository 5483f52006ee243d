import { appendFileSync, readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';

/**
 * Proves that `openapi.json` documents every error the API really answers. Every app a test boots
 * (`bootTestApp`) is watched: each error response is reduced to (operation, status, code), the operation
 * being the OpenAPI path template and method the request matched, and checked against the committed
 * document. A triple the document does not list is a finding; `test/support/setup.ts` fails the test file
 * that produced it, naming the triple. The error's `details` must also have a shape documented for that
 * response (its type and required keys). So a new refusal in a service, exercised by any test, fails the suite
 * until its operation declares it with `@ApiErrors(...)` and `npm run openapi` rewrites the document.
 *
 * `ERROR_COVERAGE_LOG=<file>` also appends every observed triple to that file (one JSON line each).
 */

export interface ErrorObservation {
  method: string;
  /** The OpenAPI path template, e.g. `/api/events/{id}`. */
  path: string;
  status: number;
  code: string;
}

interface SchemaDoc {
  $ref?: string;
  type?: string;
  required?: string[];
  oneOf?: SchemaDoc[];
}
interface ResponseDoc {
  content?: { 'application/json'?: { schema?: { allOf?: { properties?: { code?: { enum?: string[] }; details?: SchemaDoc } }[] } } };
}
interface DocumentPaths {
  paths: Record<string, Record<string, { responses?: Record<string, ResponseDoc> }>>;
  components: { schemas: Record<string, SchemaDoc> };
}

interface Template {
  path: string;
  pattern: RegExp;
  /** Literal segments: `/api/events/by-code/{code}` beats `/api/events/{id}/{x}` when both match. */
  literals: number;
}

let document: DocumentPaths | undefined;
let templates: Template[] = [];

function load(): DocumentPaths {
  if (!document) {
    document = JSON.parse(readFileSync(join(process.cwd(), 'openapi.json'), 'utf8')) as DocumentPaths;
    templates = Object.keys(document.paths).map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/[.+*?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      literals: path.split('/').filter((segment) => segment && !segment.startsWith('{')).length,
    }));
  }
  return document;
}

/** The operation template a request path matches, or undefined outside the documented API. */
export function templateOf(method: string, urlPath: string): string | undefined {
  const doc = load();
  return templates
    .filter((t) => t.pattern.test(urlPath) && doc.paths[t.path][method.toLowerCase()])
    .sort((a, b) => b.literals - a.literals)[0]?.path;
}

const documented = (method: string, path: string, status: number) =>
  load().paths[path]?.[method.toLowerCase()]?.responses?.[String(status)]?.content?.['application/json']?.schema?.allOf?.[1]?.properties;

/** The codes `openapi.json` lists for this operation and status. */
export function documentedCodes(method: string, path: string, status: number): string[] {
  return documented(method, path, status)?.code?.enum ?? [];
}

/** Does `details` have one of the shapes documented for this response (its type and required keys)? */
export function detailsMatch(method: string, path: string, status: number, details: unknown): boolean {
  const schema = documented(method, path, status)?.details;
  if (!schema) return false;
  const resolve = (s: SchemaDoc): SchemaDoc => (s.$ref ? load().components.schemas[s.$ref.split('/').pop() ?? ''] : s);
  const fits = (s: SchemaDoc): boolean => {
    const r = resolve(s);
    if (r.oneOf) return r.oneOf.some(fits);
    if (r.type === 'array') return Array.isArray(details);
    if (typeof details !== 'object' || details === null || Array.isArray(details)) return false;
    return (r.required ?? []).every((key) => key in details);
  };
  return fits(schema);
}

const findings = new Map<string, ErrorObservation & { example: string }>();
let observed = 0;

/** How many error responses were checked so far (in this worker). */
export const errorsObserved = (): number => observed;

/** Errors answered that `openapi.json` does not document, since the last call. */
export function takeUndocumentedErrors(): (ErrorObservation & { example: string })[] {
  const list = [...findings.values()];
  findings.clear();
  return list;
}

export function checkObservation(observation: ErrorObservation, example: string, details?: unknown): boolean {
  observed += 1;
  if (process.env.ERROR_COVERAGE_LOG) appendFileSync(process.env.ERROR_COVERAGE_LOG, `${JSON.stringify(observation)}\n`);
  const { method, path, status, code } = observation;
  let finding: ErrorObservation | null = null;
  if (!documentedCodes(method, path, status).includes(code)) finding = observation;
  else if (details !== undefined && !detailsMatch(method, path, status, details)) finding = { ...observation, code: `${code} with details ${JSON.stringify(details).slice(0, 200)} not of its documented shape` };
  if (!finding) return true;
  const key = `${finding.method} ${finding.path} ${finding.status} ${finding.code}`;
  if (!findings.has(key)) findings.set(key, { ...finding, example });
  return false;
}

function observe(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  if (res.statusCode < 400 || !req.url || !req.method) return;
  const urlPath = req.url.split('?')[0];
  const path = templateOf(req.method, urlPath);
  // Outside the documented operations (an unknown path, a method a path does not have): nothing to compare.
  if (!path) return;
  let parsed: { code?: unknown; details?: unknown } = {};
  try {
    parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
  } catch {
    // not the error contract: reported below as "(no error body)"
  }
  const code = typeof parsed.code === 'string' ? parsed.code : '(no error body)';
  checkObservation({ method: req.method.toUpperCase(), path, status: res.statusCode, code }, `${req.method} ${urlPath}`, parsed.details ?? null);
}

/** Watches every response of this server (before Express sees the request). */
export function watchErrorResponses(server: Server): void {
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (res.statusCode < 400 || chunk == null || typeof chunk === 'function') return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      // Checked as the response ends, before the client can have it: a test's next line already sees it.
      observe(req, res, Buffer.concat(chunks));
      return end(...args);
    }) as typeof res.end;
  });
}
