import { describe, expect, it } from 'vitest';
import { audioFileFor, AUDIO_CLIP_FILES, renderAudioClips } from './audio-clips';
import { parseRange } from './send-clip';

describe('parseRange', () => {
  it.each([
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
  ])('reads %s', (header, range) => {
    expect(parseRange(header, 1_000)).toEqual(range);
  });

  it('marks a range past the end unsatisfiable and ignores malformed or multiple ranges', () => {
    expect(parseRange('bytes=1000-', 1_000)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-1,5-9', 1_000)).toBeUndefined();
    expect(parseRange('items=0-1', 1_000)).toBeUndefined();
    expect(parseRange('bytes=50-10', 1_000)).toBeUndefined();
    expect(parseRange(undefined, 1_000)).toBeUndefined();
  });
});

describe('bundled audio clips', () => {
  it('renders every clip as a valid, deterministic 16-bit mono WAV', () => {
    const first = renderAudioClips();
    const second = renderAudioClips();
    expect([...first.keys()]).toEqual(AUDIO_CLIP_FILES);
    for (const clip of first.values()) {
      expect(clip.data.subarray(0, 4).toString()).toBe('RIFF');
      expect(clip.data.subarray(8, 12).toString()).toBe('WAVE');
      expect(clip.data.readUInt32LE(4)).toBe(clip.data.length - 8);
      expect(clip.data.readUInt16LE(22)).toBe(1);
      expect(clip.data.readUInt16LE(34)).toBe(16);
      expect(clip.etag).toBe(second.get(clip.file)?.etag);
      // Not silence.
      expect(Math.max(...Array.from({ length: 200 }, (_, i) => Math.abs(clip.data.readInt16LE(44 + i * 400))))).toBeGreaterThan(1_000);
    }
  });

  it('assigns each track a stable clip and uses every clip across the catalogue', () => {
    expect(audioFileFor('kevin-macleod-carefree')).toBe(audioFileFor('kevin-macleod-carefree'));
    const used = new Set(Array.from({ length: 200 }, (_, i) => audioFileFor(`track-${i}`)));
    expect(used.size).toBe(AUDIO_CLIP_FILES.length);
  });
});
