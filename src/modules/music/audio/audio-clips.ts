import { createHash } from 'node:crypto';
import { chords, hiHat, mix, render, sequence, toWav, voices } from './audio-synth';

export interface AudioClip {
  file: string;
  contentType: 'audio/wav';
  data: Buffer;
  etag: string;
}

/** The clips bundled tracks point their previewUrl at, so playback works with no network at all. */
const CLIPS: Record<string, () => Float64Array> = {
  'c-major-arpeggio.wav': () =>
    render(voices.pluck, sequence([60, 64, 67, 72, 76, 72, 67, 64, 60, 64, 67, 72, 76, 79, 84, 79, 76, 72, 67, 64], 0.25)),
  'a-minor-pad.wav': () => render(voices.organ, chords([[57, 60, 64], [53, 57, 60], [48, 52, 55, 60], [55, 59, 62]], 1.25)),
  'pentatonic-melody.wav': () =>
    mix(
      render(voices.pluck, sequence([67, 69, 71, 74, 76, 74, 71, 69, 67, 64, 67, 69, 71, 69, 67, 62], 0.3125)),
      render(voices.pluck, sequence([43, 43, 47, 47, 40, 40, 38, 38], 0.625, 0.25)),
    ),
  'bell-tones.wav': () => render(voices.bell, sequence([72, 79, 76, 84, 74, 81], 0.8, 0.4)),
  'walking-bass.wav': () =>
    render(voices.pluck, sequence([36, 40, 43, 45, 46, 45, 43, 40, 41, 45, 48, 50, 51, 50, 48, 45, 36, 40, 43, 45], 0.25, 0.5), hiHat(0.25)),
  'lullaby-waltz.wav': () =>
    mix(
      render(voices.organ, sequence([64, 67, 67, 65, 69, 69, 67, 72, 72, 71, 69, 67, 65, 64, 62], 1 / 3, 0.25)),
      render(voices.organ, chords([[48], [53], [55], [48]], 1.25, 0.2)),
    ),
};

export const AUDIO_CLIP_FILES: readonly string[] = Object.keys(CLIPS);

/** Renders every clip (about 1 MB of WAV in total, a few tens of milliseconds). */
export function renderAudioClips(): Map<string, AudioClip> {
  const clips = new Map<string, AudioClip>();
  for (const [file, synthesize] of Object.entries(CLIPS)) {
    const data = toWav(synthesize());
    const etag = `"${createHash('sha1').update(data).digest('base64url')}"`;
    clips.set(file, { file, contentType: 'audio/wav', data, etag });
  }
  return clips;
}

/** The clip a bundled track plays offline: stable for a given track id. */
export function audioFileFor(providerTrackId: string): string {
  const digest = createHash('sha1').update(providerTrackId).digest();
  return AUDIO_CLIP_FILES[digest.readUInt32BE(0) % AUDIO_CLIP_FILES.length];
}
