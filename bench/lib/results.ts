import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeMachine, type MachineInfo } from './machine';

const RESULTS = join(process.cwd(), 'bench', 'results');

export const markdownTable = (header: string[], rows: (string | number)[][]): string =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** Writes `<name>.json` (everything measured) and `<name>.md` (the tables a reviewer reads). */
export function writeResults(name: string, title: string, machine: MachineInfo, markdown: string, data: unknown): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify({ machine, data }, null, 2) + '\n');
  writeFileSync(join(RESULTS, `${name}.md`), `# ${title}\n\n${describeMachine(machine)}.\n\n${markdown}\n`);
  console.log(`\n${markdown}\n\nwritten to bench/results/${name}.md and .json`);
}

export const ratio = (value: number, baseline: number): string => (baseline > 0 ? `${(value / baseline).toFixed(2)}×` : 'n/a');
export const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
