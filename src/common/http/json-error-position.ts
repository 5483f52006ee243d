/**
 * Where a JSON text stops being valid: the 0-based offset of the first character a JSON parser cannot accept
 * (the text's length when it ends too early), or null when the text is valid. Node's own messages give no
 * position for most mistakes, so "Malformed JSON body" errors compute it here.
 */
export function jsonErrorPosition(text: string): number | null {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.space();
    return scanner.at === text.length ? null : scanner.at;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.position;
    throw error;
  }
}

class SyntaxAt extends Error {
  constructor(readonly position: number) {
    super(`Invalid JSON at ${position}`);
  }
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters inside strings
const STRING = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/;

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  space(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) this.at += 1;
  }

  private fail(): never {
    throw new SyntaxAt(Math.min(this.at, this.text.length));
  }

  private expect(char: string): void {
    this.space();
    if (this.text[this.at] !== char) this.fail();
    this.at += 1;
  }

  private match(pattern: RegExp): void {
    const found = pattern.exec(this.text.slice(this.at));
    if (!found) this.fail();
    this.at += found[0].length;
  }

  value(): void {
    this.space();
    const char = this.text[this.at];
    if (char === '{') return this.members('}', () => this.pair());
    if (char === '[') return this.members(']', () => this.value());
    if (char === '"') return this.match(STRING);
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.at));
    if (literal) {
      this.at += literal.length;
      return;
    }
    this.match(NUMBER);
  }

  private pair(): void {
    this.space();
    if (this.text[this.at] !== '"') this.fail();
    this.match(STRING);
    this.expect(':');
    this.value();
  }

  private members(close: string, item: () => void): void {
    this.at += 1;
    this.space();
    if (this.text[this.at] === close) {
      this.at += 1;
      return;
    }
    for (;;) {
      item();
      this.space();
      if (this.text[this.at] === ',') this.at += 1;
      else return this.expect(close);
    }
  }
}
