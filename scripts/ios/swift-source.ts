import Parser from 'tree-sitter';
import Swift from 'tree-sitter-swift';

type SyntaxNode = Parser.SyntaxNode;

/** A Swift type as written in a declaration, reduced to what the JSON shape depends on. */
export type SwiftType =
  | { kind: 'named'; name: string }
  | { kind: 'optional'; wrapped: SwiftType }
  | { kind: 'array'; element: SwiftType }
  | { kind: 'dictionary'; key: SwiftType; value: SwiftType }
  | { kind: 'unknown'; text: string };

export interface SwiftProperty {
  name: string;
  /** The JSON key: the CodingKeys raw value when there is one, else the property name. */
  jsonKey: string;
  type: SwiftType;
  line: number;
}

/** What a `// openapi: Name` (or `// fixture: path`) comment just above a declaration binds it to. */
export interface ModelMark {
  kind: 'openapi' | 'asyncapi' | 'fixture' | 'pending';
  /** The schema name, the fixture file, or (pending) why the model cannot be bound yet. */
  target: string;
}

export interface SwiftTypeDeclaration {
  name: string;
  keyword: 'struct' | 'enum' | 'class' | 'actor' | 'extension' | 'protocol';
  file: string;
  line: number;
  inherits: string[];
  mark: ModelMark | null;
  /** Stored instance properties (computed and static ones are left out), in source order. */
  properties: SwiftProperty[];
  /** Raw values of a `String` enum's cases, in source order. */
  enumRawValues: string[];
}

export interface SyntaxProblem {
  file: string;
  line: number;
  column: number;
  kind: 'ERROR' | 'MISSING';
  text: string;
}

export interface ParsedSwiftFile {
  problems: SyntaxProblem[];
  declarations: SwiftTypeDeclaration[];
}

const MARK = /^\/\/\s*(openapi|asyncapi|fixture|pending):\s*(\S.*?)\s*$/;
const DECLARATION_KEYWORDS = new Set(['struct', 'enum', 'class', 'actor', 'extension']);

let parser: Parser | null = null;
function swiftParser(): Parser {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Swift as Parser.Language);
  }
  return parser;
}

/** Parses one Swift file: every ERROR and MISSING node, and every type declaration with its stored properties. */
export function parseSwiftFile(file: string, source: string): ParsedSwiftFile {
  // The Node binding reads large inputs in chunks; a callback keeps files over 32 KiB whole.
  const tree = swiftParser().parse((index: number) => source.slice(index, index + 16_384));
  const problems: SyntaxProblem[] = [];
  collectProblems(tree.rootNode, file, problems);
  const declarations: SwiftTypeDeclaration[] = [];
  collectDeclarations(tree.rootNode, file, declarations);
  return { problems, declarations };
}

function collectProblems(node: SyntaxNode, file: string, out: SyntaxProblem[]): void {
  if (node.type === 'ERROR' || node.isMissing) {
    out.push({
      file,
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      kind: node.isMissing ? 'MISSING' : 'ERROR',
      text: node.isMissing ? node.type : node.text.split('\n')[0].slice(0, 80),
    });
    if (node.type === 'ERROR') return;
  }
  if (!node.hasError && !node.isMissing) return;
  for (const child of node.children) collectProblems(child, file, out);
}

function collectDeclarations(container: SyntaxNode, file: string, out: SwiftTypeDeclaration[]): void {
  let pendingMark: ModelMark | null = null;
  for (const node of container.namedChildren) {
    if (node.type === 'comment' || node.type === 'multiline_comment') {
      const match = MARK.exec(node.text.trim());
      if (match) pendingMark = { kind: match[1] as ModelMark['kind'], target: match[2] };
      continue;
    }
    if (node.type === 'class_declaration') {
      const declaration = readDeclaration(node, file, pendingMark);
      if (declaration) out.push(declaration);
      const body = node.childForFieldName('body');
      if (body) collectDeclarations(body, file, out);
    } else if (node.type === 'protocol_declaration') {
      // Protocols hold no stored properties; they are not models.
    }
    pendingMark = null;
  }
}

function readDeclaration(node: SyntaxNode, file: string, mark: ModelMark | null): SwiftTypeDeclaration | null {
  const keyword = node.children.find((c) => DECLARATION_KEYWORDS.has(c.type))?.type as SwiftTypeDeclaration['keyword'] | undefined;
  const nameNode = node.childForFieldName('name');
  if (!keyword || !nameNode) return null;
  const body = node.childForFieldName('body');
  const inherits = node.namedChildren
    .filter((c) => c.type === 'inheritance_specifier')
    .map((c) => c.text.trim());
  const codingKeys = body ? readCodingKeys(body) : null;
  const properties = body && keyword !== 'enum' ? readStoredProperties(body, codingKeys) : [];
  const enumRawValues = body && keyword === 'enum' ? readEnumRawValues(body) : [];
  return {
    name: nameNode.text,
    keyword,
    file,
    line: node.startPosition.row + 1,
    inherits,
    mark,
    properties,
    enumRawValues,
  };
}

function readStoredProperties(body: SyntaxNode, codingKeys: Map<string, string> | null): SwiftProperty[] {
  const properties: SwiftProperty[] = [];
  for (const member of body.namedChildren) {
    if (member.type !== 'property_declaration') continue;
    if (member.childForFieldName('computed_value')) continue;
    const modifiers = member.namedChildren.find((c) => c.type === 'modifiers')?.text ?? '';
    if (/\b(static|class)\b/.test(modifiers)) continue;
    const name = member.childForFieldName('name')?.text;
    const annotation = member.namedChildren.find((c) => c.type === 'type_annotation');
    const typeNode = annotation?.childForFieldName('name');
    if (!name || !typeNode) continue;
    if (codingKeys && !codingKeys.has(name)) continue; // not part of the JSON shape
    properties.push({ name, jsonKey: codingKeys?.get(name) ?? name, type: readType(typeNode), line: member.startPosition.row + 1 });
  }
  return properties;
}

/** `enum CodingKeys: String, CodingKey { case a = "x"; case b }` → a → x, b → b. */
function readCodingKeys(body: SyntaxNode): Map<string, string> | null {
  const declaration = body.namedChildren.find(
    (c) => c.type === 'class_declaration' && c.childForFieldName('name')?.text === 'CodingKeys',
  );
  const enumBody = declaration?.childForFieldName('body');
  if (!enumBody) return null;
  const keys = new Map<string, string>();
  for (const [caseName, rawValue] of readEnumCases(enumBody)) keys.set(caseName, rawValue ?? caseName);
  return keys;
}

function readEnumRawValues(body: SyntaxNode): string[] {
  return readEnumCases(body).map(([caseName, rawValue]) => rawValue ?? caseName);
}

/** Cases in order; `case a = "x", b` yields [a, "x"], [b, null]. */
function readEnumCases(body: SyntaxNode): Array<[string, string | null]> {
  const cases: Array<[string, string | null]> = [];
  for (const entry of body.namedChildren) {
    if (entry.type !== 'enum_entry') continue;
    for (const child of entry.namedChildren) {
      if (child.type === 'simple_identifier') cases.push([child.text.replace(/^`|`$/g, ''), null]);
      else if (child.type === 'line_string_literal' && cases.length > 0) {
        cases[cases.length - 1][1] = child.namedChildren.map((c) => c.text).join('');
      }
    }
  }
  return cases;
}

export function readType(node: SyntaxNode): SwiftType {
  switch (node.type) {
    case 'optional_type': {
      const wrapped = node.childForFieldName('wrapped');
      return wrapped ? { kind: 'optional', wrapped: readType(wrapped) } : { kind: 'unknown', text: node.text };
    }
    case 'array_type': {
      const element = node.childForFieldName('name');
      return element ? { kind: 'array', element: readType(element) } : { kind: 'unknown', text: node.text };
    }
    case 'dictionary_type': {
      const [key, value] = node.childrenForFieldName('name');
      return key && value ? { kind: 'dictionary', key: readType(key), value: readType(value) } : { kind: 'unknown', text: node.text };
    }
    case 'user_type':
      return { kind: 'named', name: node.text.trim() };
    default:
      return { kind: 'unknown', text: node.text };
  }
}

export function describeType(type: SwiftType): string {
  switch (type.kind) {
    case 'named':
      return type.name;
    case 'optional':
      return `${describeType(type.wrapped)}?`;
    case 'array':
      return `[${describeType(type.element)}]`;
    case 'dictionary':
      return `[${describeType(type.key)}: ${describeType(type.value)}]`;
    default:
      return type.text;
  }
}
