// Lighthouse (mobile, simulated throttling) on the built app served by the real backend, with Debian's Chromium.
// Prints the category scores and the initial JavaScript (gzipped); writes the HTML reports to lighthouse-report/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startBackend } from '../e2e/support/backend';
import { CHROMIUM_FLAGS } from '../e2e/support/browser';

const root = resolve(import.meta.dirname, '..');
const pages = ['/sign-in', '/sign-up'];
const categories = ['performance', 'accessibility', 'best-practices'] as const;

/** The JS the first screen needs: the entry script and its modulepreloads, gzipped. */
function initialJsKb(): number {
  const dist = join(root, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

const backend = await startBackend();
const chrome = await launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_FLAGS });
const reports = join(root, 'lighthouse-report');
mkdirSync(reports, { recursive: true });
let failed = false;
try {
  console.log(`| page | ${categories.join(' | ')} |\n|---|${categories.map(() => '---').join('|')}|`);
  for (const page of pages) {
    const result = await lighthouse(`${backend.url}${page}`, { port: chrome.port, output: 'html', onlyCategories: [...categories], logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    writeFileSync(join(reports, `${page.slice(1) || 'home'}.html`), String(result.report));
    const scores = categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
    failed ||= scores[0]! < 90 || scores[1]! < 95 || scores[2]! < 95;
    console.log(`| ${page} | ${scores.join(' | ')} |`);
    const weak = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative');
    for (const audit of weak) console.log(`    ${audit.id}: ${audit.displayValue ?? ''} (${Math.round((audit.score ?? 0) * 100)})`);
  }
  const js = initialJsKb();
  failed ||= js > 200;
  console.log(`\ninitial JS: ${js} KB gzipped (target ≤ 200)`);
  console.log(failed ? 'Below a target (Performance ≥ 90, Accessibility ≥ 95, Best Practices ≥ 95).' : 'All targets met.');
} finally {
  chrome.kill();
  await backend.stop();
}
process.exit(failed ? 1 : 0);
