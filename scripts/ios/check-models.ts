import { compareWithJson, pointInto, type Json } from './fixture-shape';
import { compareWithSchema, type ModelIndex, type OpenApiDocument } from './openapi-drift';
import type { SwiftTypeDeclaration } from './swift-source';

/** One recorded response or frame, and the Swift type the app decodes it into. */
export interface FixtureBinding {
  file: string;
  /** Where the decoded value sits inside the file (`payload` for socket frames); the whole file when absent. */
  pointer?: string;
  type: string;
}

export interface ModelCheckInput {
  declarations: SwiftTypeDeclaration[];
  openapi: OpenApiDocument;
  /** The realtime contract (components.schemas), when the project has one. */
  asyncapi?: OpenApiDocument;
  manifest: FixtureBinding[];
  readFixture: (file: string) => Json | undefined;
}

export interface ModelCheckResult {
  problems: string[];
  /** Models whose schema is not in openapi.json yet: reported, never counted as checked. */
  pending: string[];
  openapiMarks: number;
  fixtureChecks: number;
}

const DECODABLE = /\b(Codable|Decodable)\b/;

/** Marks, OpenAPI drift and the real fixtures against the Swift models. */
export function checkModels(input: ModelCheckInput): ModelCheckResult {
  const types = new Map<string, SwiftTypeDeclaration>();
  for (const declaration of input.declarations) if (declaration.keyword !== 'extension') types.set(declaration.name, declaration);
  const index: ModelIndex = { schemas: input.openapi.components?.schemas ?? {}, types };
  const realtimeIndex: ModelIndex = { schemas: input.asyncapi?.components?.schemas ?? {}, types, document: 'asyncapi.json' };
  const problems: string[] = [];
  const at = (d: SwiftTypeDeclaration) => `${d.file}:${d.line} ${d.name}`;
  let openapiMarks = 0;
  const pending: string[] = [];

  for (const declaration of types.values()) {
    const decodable = declaration.inherits.some((i) => DECODABLE.test(i));
    if (declaration.keyword === 'struct' && decodable && !declaration.mark) {
      problems.push(`${at(declaration)}: a decoded model needs a \`// openapi: <Schema>\`, \`// asyncapi: <Schema>\` or \`// fixture: <file>\` mark`);
    }
    if (declaration.mark?.kind === 'openapi') {
      openapiMarks++;
      for (const drift of compareWithSchema(declaration, declaration.mark.target, index)) problems.push(`${at(declaration)}: ${drift}`);
    }
    if (declaration.mark?.kind === 'asyncapi') {
      openapiMarks++;
      if (!input.asyncapi) problems.push(`${at(declaration)}: marked asyncapi but there is no asyncapi.json`);
      else for (const drift of compareWithSchema(declaration, declaration.mark.target, realtimeIndex)) problems.push(`${at(declaration)}: ${drift}`);
    }
    if (declaration.mark?.kind === 'pending') pending.push(`${at(declaration)}: ${declaration.mark.target}`);
    if (declaration.mark?.kind === 'fixture') {
      // The named recording must exist; that it holds this type is the coverage check below.
      const recorded = input.manifest.some((b) => b.file === declaration.mark?.target);
      if (!recorded) problems.push(`${at(declaration)}: ${declaration.mark.target} is not in the fixture manifest`);
    }
  }

  const covered = new Set<string>();
  for (const binding of input.manifest) {
    const model = types.get(binding.type);
    const document = input.readFixture(binding.file);
    const where = `fixture ${binding.file}${binding.pointer ? `#${binding.pointer}` : ''}`;
    if (!model) {
      problems.push(`${where}: no Swift type ${binding.type}`);
      continue;
    }
    const value = document === undefined ? undefined : binding.pointer ? pointInto(document, binding.pointer) : document;
    if (value === undefined) {
      problems.push(`${where}: missing`);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      for (const drift of compareWithJson(model, item, types, '$', covered)) problems.push(`${where} → ${binding.type}: ${drift}`);
    }
  }
  for (const declaration of types.values()) {
    if (declaration.mark && declaration.mark.kind !== 'pending' && !covered.has(declaration.name)) {
      problems.push(`${at(declaration)}: no recorded fixture contains a ${declaration.name}; record one in the iOS fixtures e2e test`);
    }
  }
  return { problems, pending, openapiMarks, fixtureChecks: input.manifest.length };
}
