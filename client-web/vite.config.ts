import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, type Plugin } from 'vite';

/**
 * The entry (src/main.tsx) only starts the first screen's chunks and then imports src/app/start.tsx (React, the
 * router, the app). This lists start's static graph as modulepreloads in index.html, so it downloads in parallel
 * with the entry rather than after it.
 */
function modulepreloadStart(start = 'src/app/start.tsx'): Plugin {
  return {
    name: 'musicroom:modulepreload-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        // The entry must stay tiny (the route table and the preloader); a component imported into app/router.tsx or
        // a routes.tsx would drag React and the router into it, and the first screen would wait for them again.
        for (const main of chunks.filter((c) => c.isEntry && c.code.length > 20_000)) {
          throw new Error(`The entry chunk ${main.fileName} is ${main.code.length} bytes (limit 20000): app/router.tsx and the features' routes.tsx must import only types and lazy screens.`);
        }
        const entry = chunks.find((c) => c.facadeModuleId?.endsWith(start));
        if (!entry) throw new Error(`modulepreload-start: no chunk for ${start}`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
        };
        visit(entry.fileName);
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

const backend = process.env.MUSICROOM_API_URL ?? 'http://127.0.0.1:3000';
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const contracts = fileURLToPath(new URL('../src/contracts/index.ts', import.meta.url));

export default defineConfig(({ isSsrBuild }) => ({
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  resolve: { alias: { '@contracts': contracts } },
  plugins: [
    react(),
    tailwindcss(),
    modulepreloadStart(),
    // Not in the prerender's SSR build (scripts/prerender.ts), which only renders the public screens to HTML.
    !isSsrBuild &&
      VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'MusicRoom',
        short_name: 'MusicRoom',
        description: 'Collaborative events with live track voting and shared playlists.',
        theme_color: '#4c1d95',
        background_color: '#fafafa',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The offline shell: every client route opens index.html; the API and the socket always go to the network.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/socket\.io\//],
        // The page that installed the worker is controlled at once (not after a reload), so its later screens'
        // chunks come from the precache when the network is gone; a new version takes over on the next load.
        clientsClaim: true,
        skipWaiting: true,
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      },
    }),
  ],
  server: {
    port: 5175,
    strictPort: true,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/socket.io': { target: backend, ws: true, changeOrigin: false },
    },
  },
  preview: { port: 5175, strictPort: true },
  // The manifests (client and SSR builds) tell scripts/prerender.ts which chunks a prerendered screen needs.
  build: { target: 'es2022', sourcemap: false, manifest: true },
}));
