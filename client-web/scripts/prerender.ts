// Prerenders the public entry screens into static HTML after `vite build` (npm run build): each gets dist/<path>.html
// (the server answers /sign-in with sign-in.html), index.html with the screen drawn inside #root, its title and the
// stylesheet inline, so the browser paints the real screen before any script runs; app/start.tsx then hydrates it.
// The render module is the SSR build of src/prerender/render.tsx (vite build --ssr), removed afterwards.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PRELOADS_TEMPLATE_ID, PRERENDERED_ATTRIBUTE } from '../src/app/prerendered';

const screens = ['/sign-in', '/sign-up'];
const root = resolve(import.meta.dirname, '..');
const ssrDir = join(root, 'dist-prerender');

const { renderScreen, screenImports } = (await import(pathToFileURL(join(ssrDir, 'render.js')).href)) as {
  renderScreen: (path: string) => Promise<string>;
  screenImports: (path: string) => string[];
};

// The chunks of a screen's lazy routes: the SSR build's file → the source module (its manifest) → the client's chunk
// and its imports (the client's manifest). Both manifests are build byproducts, removed at the end.
interface ManifestChunk {
  file: string;
  imports?: string[];
}
const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const clientManifest = readManifest(join(root, 'dist'));
const sourceOfSsrFile = new Map(Object.entries(readManifest(ssrDir)).map(([source, chunk]) => [chunk.file, source]));
function screenChunks(path: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = clientManifest[key];
    if (!chunk) throw new Error(`prerender: ${key} is not in the client build's manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  for (const specifier of screenImports(path)) {
    const source = sourceOfSsrFile.get(specifier.replace(/^\.\//, ''));
    if (!source) throw new Error(`prerender: no source module for ${specifier} in the SSR build's manifest`);
    visit(source);
  }
  return [...files];
}
const template = readFileSync(join(root, 'dist/index.html'), 'utf8');
const shell = /<div id="root">[\s\S]*?<\/div>\s*(?=<noscript>)/;
if (!shell.test(template)) throw new Error('prerender: no <div id="root">…</div> before <noscript> in dist/index.html');
// The stylesheet goes inline (the CSP allows inline styles): the screen paints with the document, one request sooner.
const stylesheet = /<link rel="stylesheet"[^>]* href="\/(assets\/[^"]+\.css)">/;
const css = stylesheet.exec(template)?.[1];
if (!css) throw new Error('prerender: no stylesheet link in dist/index.html');
const style = `<style>${readFileSync(join(root, 'dist', css), 'utf8')}</style>`;
// The modulepreloads go into a template that the entry (src/main.tsx) starts after the first frame: scripts that
// arrive before the screen is painted only compete with it (and Lighthouse counts them before the first paint).
const modulepreloads = /\s*<link rel="modulepreload"[^>]*>/g;
const preloads = template.match(modulepreloads)?.map((link) => link.trim()) ?? [];
if (preloads.length === 0) throw new Error('prerender: no modulepreload in dist/index.html');
// The app's modulepreloads first, then the screen's own chunks (its lazy routes: the entry evaluates them once the app's
// libraries are, and by then they have downloaded with the rest).
const deferredPreloads = (path: string) => {
  const links = [...preloads];
  for (const file of screenChunks(path)) {
    if (!template.includes(`/${file}"`)) links.push(`<link rel="modulepreload" crossorigin href="/${file}">`);
  }
  return `\n    <template id="${PRELOADS_TEMPLATE_ID}">${links.join('')}</template>`;
};

for (const path of screens) {
  const markup = await renderScreen(path);
  const title = /data-page-title[^>]*>([^<]+)</.exec(markup)?.[1];
  if (!title) throw new Error(`prerender: ${path} rendered no page title (is it still a guest screen?)`);
  const html = template
    .replace(/<title>[^<]*<\/title>/, `<title>${title} · MusicRoom</title>`)
    .replace(stylesheet, () => style)
    .replace(modulepreloads, '')
    .replace('</head>', () => `${deferredPreloads(path)}\n  </head>`)
    .replace(shell, () => `<div id="root" ${PRERENDERED_ATTRIBUTE}="${path}" inert>${markup}</div>\n    `);
  writeFileSync(join(root, 'dist', `${path.slice(1)}.html`), html);
  console.log(`prerendered ${path} → dist${path}.html (${html.length} bytes)`);
}
rmSync(ssrDir, { recursive: true, force: true });
rmSync(join(root, 'dist/.vite'), { recursive: true, force: true });
