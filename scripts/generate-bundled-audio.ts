/**
 * Writes the bundled offline clips (the ones the server renders in memory and serves at
 * /api/music/audio/:file) to WAV files, to listen to them or ship them elsewhere. Deterministic, CC0 1.0.
 *
 *   npx tsx scripts/generate-bundled-audio.ts [outDir=.data/audio]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAudioClips } from '../src/modules/music';

const outDir = process.argv[2] ?? join(process.cwd(), '.data', 'audio');
mkdirSync(outDir, { recursive: true });
for (const clip of renderAudioClips().values()) {
  writeFileSync(join(outDir, clip.file), clip.data);
  console.log(`${join(outDir, clip.file)}: ${clip.data.length} bytes`);
}
