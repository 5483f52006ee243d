/**
 * Writes the full-length audio of bundled tracks (what the server generates on first request and serves at
 * /api/music/audio/:slug.mp3) to MP3 files, to listen to them or warm a cache directory. Deterministic, CC0 1.0.
 *
 *   npx tsx scripts/generate-bundled-audio.ts [outDir=.data/audio] [slug …]
 *
 * Without slugs it writes one track of each length range; `all` writes the whole catalogue (about 480 MB).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { encodeTrackFile, loadBundledCatalogue } from '../src/modules/music';

async function main(): Promise<void> {
  const [outDir = join(process.cwd(), '.data', 'audio'), ...slugs] = process.argv.slice(2);
  const catalogue = loadBundledCatalogue();
  const sorted = [...catalogue].sort((a, b) => a.durationMs - b.durationMs);
  const chosen =
    slugs[0] === 'all'
      ? catalogue
      : slugs.length > 0
        ? slugs.map((slug) => catalogue.find((e) => e.slug === slug) ?? { slug, durationMs: Number.NaN })
        : [sorted[0], sorted[Math.floor(sorted.length / 2)], sorted[sorted.length - 1]];
  mkdirSync(outDir, { recursive: true });
  for (const entry of chosen) {
    if (Number.isNaN(entry.durationMs)) throw new Error(`${entry.slug} is not in the bundled catalogue`);
    const path = join(outDir, `${entry.slug}.mp3`);
    const { bytes, cpuMs } = await encodeTrackFile(entry.slug, entry.durationMs, path);
    console.log(`${path}: ${(entry.durationMs / 1000).toFixed(0)} s, ${bytes} bytes, ${cpuMs} ms of CPU`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
