/**
 * A tiny deterministic synthesizer for the bundled offline clips: sine partials, envelopes and a seeded noise
 * hi-hat. The clips are original and dedicated to the public domain (CC0 1.0).
 */
export const SAMPLE_RATE = 16_000;
export const CLIP_SECONDS = 5;

export type Voice = (t: number, freq: number) => number;
export interface Note {
  at: number;
  length: number;
  midi: number;
  gain: number;
}

const hz = (midi: number) => 440 * 2 ** ((midi - 69) / 12);

export const voices = {
  organ: ((t, f) => Math.sin(2 * Math.PI * f * t) + 0.4 * Math.sin(4 * Math.PI * f * t) + 0.15 * Math.sin(6 * Math.PI * f * t)) as Voice,
  pluck: ((t, f) => Math.sin(2 * Math.PI * f * t) * Math.exp(-3 * t) + 0.3 * Math.sin(4 * Math.PI * f * t) * Math.exp(-6 * t)) as Voice,
  bell: ((t, f) => Math.sin(2 * Math.PI * f * t + 2 * Math.exp(-2 * t) * Math.sin(2 * Math.PI * f * 3.5 * t)) * Math.exp(-1.5 * t)) as Voice,
};

/** Attack and release ramps so notes do not click. */
const envelope = (t: number, length: number) => Math.min(1, t / 0.01) * Math.min(1, Math.max(0, (length - t) / 0.08));

export function render(voice: Voice, notes: Note[], extra?: (i: number) => number): Float64Array {
  const out = new Float64Array(SAMPLE_RATE * CLIP_SECONDS);
  for (const note of notes) {
    const start = Math.floor(note.at * SAMPLE_RATE);
    const end = Math.min(out.length, Math.floor((note.at + note.length) * SAMPLE_RATE));
    for (let i = start; i < end; i++) {
      const t = (i - start) / SAMPLE_RATE;
      out[i] += note.gain * envelope(t, note.length) * voice(t, hz(note.midi));
    }
  }
  if (extra) for (let i = 0; i < out.length; i++) out[i] += extra(i);
  return out;
}

export const mix = (...tracks: Float64Array[]): Float64Array =>
  tracks.reduce((sum, track) => sum.map((s, i) => s + (track[i] ?? 0)), new Float64Array(SAMPLE_RATE * CLIP_SECONDS));

export const sequence = (midis: number[], step: number, gain = 0.3): Note[] =>
  midis.map((midi, i) => ({ at: i * step, length: step * 0.95, midi, gain }));

export const chords = (progression: number[][], length: number, gain = 0.18): Note[] =>
  progression.flatMap((chord, i) => chord.map((midi) => ({ at: i * length, length, midi, gain })));

/** Noise from a linear congruential generator: the same every run. */
export function hiHat(stepSeconds: number, seed = 42): (i: number) => number {
  let state = seed;
  return (i) => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    const t = (i / SAMPLE_RATE) % stepSeconds;
    return 0.08 * (state / 2 ** 31 - 1) * Math.exp(-60 * t);
  };
}

/** 16-bit mono PCM WAV, normalized to 80 % of full scale. */
export function toWav(samples: Float64Array): Buffer {
  const peak = samples.reduce((max, s) => Math.max(max, Math.abs(s)), 0) || 1;
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round((s / peak) * 0.8 * 32_767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16); // size of the PCM format chunk
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // bytes per frame
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
