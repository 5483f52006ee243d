import { createHash } from 'node:crypto';

/**
 * Full-length procedural music for the bundled catalogue: one simple, complete-sounding piece per track id (a
 * chord progression on a pad or an arpeggio, a bass line, a drum pattern and a melody, with intro, phrases and an
 * ending), deterministic for a given id and duration. Rendered a bar at a time, so a seven-minute track never
 * sits in memory whole. Original and dedicated to the public domain (CC0 1.0).
 */
export const TRACK_SAMPLE_RATE = 22_050;
/** Part of every cached file's name and ETag: raise it whenever a change here changes the sound. */
export const TRACK_SYNTH_VERSION = 1;

const TABLE_SIZE = 4_096;
const TABLE_MASK = TABLE_SIZE - 1;

/** One period of a waveform made of harmonics (amplitudes), normalised to a peak of 1. */
function wavetable(harmonics: readonly number[]): Float32Array {
  const table = new Float32Array(TABLE_SIZE);
  for (let i = 0; i < TABLE_SIZE; i++) {
    let v = 0;
    harmonics.forEach((amp, h) => (v += amp * Math.sin((2 * Math.PI * (h + 1) * i) / TABLE_SIZE)));
    table[i] = v;
  }
  const peak = table.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
  return table.map((v) => v / peak);
}

const HARMONICS = {
  sine: [1],
  organ: [1, 0.45, 0.2, 0.1],
  soft: [1, 0.3, 0.12, 0.05, 0.02],
  reed: [1, 0, 0.33, 0, 0.2, 0, 0.14],
  bright: [1, 0.5, 0.33, 0.25, 0.2, 0.16, 0.14],
} as const;
type Wave = keyof typeof HARMONICS;

let tables: Record<Wave, Float32Array> | null = null;
/** Computed on first use, not when the server loads this file: that cost every boot about 70 ms. */
const waves = (): Record<Wave, Float32Array> =>
  (tables ??= Object.fromEntries(Object.entries(HARMONICS).map(([wave, harmonics]) => [wave, wavetable(harmonics)])) as Record<Wave, Float32Array>);

/** A small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const hz = (midi: number) => 440 * 2 ** ((midi - 69) / 12);

const MAJOR = [0, 2, 4, 5, 7, 9, 11];
const MINOR = [0, 2, 3, 5, 7, 8, 10];
/** Progressions as scale degrees (0 = tonic), four bars each. */
const PROGRESSIONS: Record<'major' | 'minor', ReadonlyArray<readonly number[]>> = {
  major: [
    [0, 4, 5, 3],
    [0, 5, 3, 4],
    [0, 3, 4, 3],
    [5, 3, 0, 4],
    [0, 3, 0, 4],
    [0, 2, 3, 4],
  ],
  minor: [
    [0, 5, 2, 6],
    [0, 3, 4, 0],
    [0, 6, 5, 6],
    [0, 3, 6, 2],
    [0, 5, 3, 4],
  ],
};

/** Sixteen steps per bar; 1 = hit. */
const KICKS = ['1000000010000000', '1000001010000000', '1000000010100000', '1001000010010000', '1000100010001000'];
const SNARES = ['0000100000001000', '0000100000001001', '0000100100001000'];
const HATS = ['1010101010101010', '1111111111111111', '0010001000100010', '1011101010111010'];
/** Bass rhythm (steps) and the chord tone each hit plays: 0 root, 1 fifth, 2 octave. */
const BASS_LINES: ReadonlyArray<ReadonlyArray<[number, number]>> = [
  [[0, 0], [8, 0]],
  [[0, 0], [6, 0], [8, 1], [12, 0]],
  [[0, 0], [4, 2], [8, 0], [12, 1]],
  [[0, 0], [2, 0], [4, 0], [6, 0], [8, 0], [10, 0], [12, 1], [14, 2]],
  [[0, 0], [3, 0], [6, 1], [8, 0], [11, 2], [14, 1]],
];

export interface TrackRecipe {
  bpm: number;
  root: number;
  mode: 'major' | 'minor';
  progression: readonly number[];
  bridge: readonly number[];
  pad: { wave: Wave; arpeggio: boolean };
  lead: Wave;
  kick: string;
  snare: string;
  hat: string;
  bass: ReadonlyArray<[number, number]>;
  seed: number;
}

/** Everything that makes one track differ from the next, drawn from a hash of its id. */
export function recipeFor(trackId: string): TrackRecipe {
  const seed = createHash('sha256').update(trackId).digest().readUInt32BE(0);
  const rng = prng(seed);
  const mode: TrackRecipe['mode'] = rng() < 0.55 ? 'major' : 'minor';
  const progressions = PROGRESSIONS[mode];
  const progression = pick(rng, progressions);
  return {
    bpm: 84 + Math.floor(rng() * 49),
    root: 45 + Math.floor(rng() * 12),
    mode,
    progression,
    bridge: pick(rng, progressions.filter((p) => p !== progression)),
    pad: { wave: pick(rng, ['organ', 'soft', 'reed'] as const), arpeggio: rng() < 0.5 },
    lead: pick(rng, ['sine', 'soft', 'bright', 'organ'] as const),
    kick: pick(rng, KICKS),
    snare: pick(rng, SNARES),
    hat: pick(rng, HATS),
    bass: pick(rng, BASS_LINES),
    seed,
  };
}

interface Note {
  /** Start, in samples from the start of the bar. */
  at: number;
  length: number;
  freq: number;
  gain: number;
  wave: Float32Array;
  attack: number;
  release: number;
  /** Per-second exponential decay (0 = sustained). */
  decay: number;
}

/** The longest a note rings past the end of its bar (release tails, drum decays). */
const TAIL_SECONDS = 1.5;

/**
 * The track as mono samples in [-1, 1] at TRACK_SAMPLE_RATE, about one bar per block, exactly `durationMs` long in
 * total (rounded to a sample).
 */
export function* renderTrack(trackId: string, durationMs: number): Generator<Float32Array> {
  const r = recipeFor(trackId);
  const rng = prng(r.seed ^ 0x5bd1e995);
  const noise = prng(r.seed ^ 0x1b873593);
  const sr = TRACK_SAMPLE_RATE;
  const total = Math.round((durationMs * sr) / 1_000);
  const step = (60 / r.bpm / 4) * sr; // a sixteenth, in samples (fractional)
  const barLength = Math.round(step * 16);
  const tail = Math.ceil(TAIL_SECONDS * sr);
  const scale = r.mode === 'major' ? MAJOR : MINOR;
  const bars = Math.ceil(total / barLength);
  const fadeOut = Math.min(4 * sr, Math.floor(total / 4));

  const degree = (d: number, octave = 0) => r.root + scale[((d % 7) + 7) % 7] + 12 * (Math.floor(d / 7) + octave);
  const triad = (d: number) => [degree(d), degree(d + 2), degree(d + 4)];

  // Two melodic motifs (verse and chorus): eight-step rhythms with scale offsets from the chord root.
  const motif = () =>
    Array.from({ length: 16 }, (_, i) => (rng() < (i % 4 === 0 ? 0.75 : i % 2 === 0 ? 0.4 : 0.12) ? pick(rng, [0, 2, 4, 4, 7, 2, 5, 1]) : null));
  const motifs = [motif(), motif(), motif()];

  let buffer = new Float32Array(barLength + tail);
  let produced = 0;
  let hpState = 0;
  let hpPrev = 0;

  for (let bar = 0; bar < bars; bar++) {
    const notes: Note[] = [];
    // Form: 2 bars of intro (pad alone), then 8-bar phrases A A B A …; the last 2 bars are the pad's ending.
    const inIntro = bar < 2;
    const inEnding = bar >= bars - 2;
    const phrase = Math.floor((bar - 2) / 8);
    const section = inIntro || inEnding ? 'edge' : phrase % 4 === 2 ? 'bridge' : 'verse';
    const progression = section === 'bridge' ? r.bridge : r.progression;
    const chordDegree = progression[bar % 4];
    const chord = triad(chordDegree);

    if (r.pad.arpeggio && section !== 'edge') {
      const order = [0, 1, 2, 1];
      for (let s = 0; s < 16; s += 2) {
        const midi = chord[order[(s / 2) % 4]] + 12 + (s >= 8 && section === 'bridge' ? 12 : 0);
        notes.push({ at: s * step, length: step * 2, freq: hz(midi), gain: 0.16, wave: waves()[r.pad.wave], attack: 0.005, release: 0.15, decay: 3 });
      }
    }
    for (const midi of chord) {
      notes.push({ at: 0, length: barLength, freq: hz(midi + 12), gain: r.pad.arpeggio && section !== 'edge' ? 0.05 : 0.09, wave: waves()[r.pad.wave], attack: 0.15, release: 0.4, decay: 0 });
    }

    if (!inIntro && !inEnding) {
      for (const [s, tone] of r.bass) {
        const midi = degree(chordDegree, -1) + [0, 7, 12][tone];
        notes.push({ at: s * step, length: step * 1.8, freq: hz(midi), gain: 0.32, wave: waves().soft, attack: 0.004, release: 0.06, decay: 2.5 });
      }
      const lead = motifs[section === 'bridge' ? 2 : phrase % 2 === 0 && bar % 8 < 4 ? 0 : 1];
      // The melody rests every fourth bar of a phrase, so it breathes.
      if (bar % 8 !== 7) {
        lead.forEach((offset, s) => {
          if (offset === null) return;
          const midi = degree(chordDegree + offset, 1);
          const length = step * (lead[s + 1] === null ? 2 : 1);
          notes.push({ at: s * step, length, freq: hz(midi), gain: 0.14, wave: waves()[r.lead], attack: 0.01, release: 0.08, decay: 1.5 });
        });
      }
    }

    // Render the notes of this bar into the buffer (which already holds the tails of the previous bar).
    for (const n of notes) {
      const start = Math.round(n.at);
      const end = Math.min(buffer.length, start + Math.round(n.length) + Math.round(n.release * sr));
      const sustainEnd = start + Math.round(n.length);
      const inc = (n.freq * TABLE_SIZE) / sr;
      const attack = Math.max(1, n.attack * sr);
      const release = Math.max(1, n.release * sr);
      const decayPerSample = Math.exp(-n.decay / sr);
      let phase = 0;
      let level = n.gain;
      for (let i = start; i < end; i++) {
        const t = i - start;
        const env = Math.min(1, t / attack) * (i < sustainEnd ? 1 : Math.max(0, 1 - (i - sustainEnd) / release));
        buffer[i] += level * env * n.wave[Math.floor(phase) & TABLE_MASK];
        phase += inc;
        level *= decayPerSample;
      }
    }

    if (!inIntro && !inEnding) {
      const fill = bar % 8 === 7; // a denser bar to end each phrase
      for (let s = 0; s < 16; s++) {
        const at = Math.round(s * step);
        if (r.kick[s] === '1' || (fill && s === 14)) drum(buffer, at, 'kick');
        if (r.snare[s] === '1' || (fill && s >= 12 && s % 2 === 1)) drum(buffer, at, 'snare');
        if (r.hat[s] === '1') drum(buffer, at, s % 4 === 2 ? 'open' : 'hat');
      }
    }

    // Emit the bar: fades at both ends and a gentle limiter.
    const count = Math.min(barLength, total - produced);
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      const pos = produced + i;
      const fade = Math.min(1, pos / (0.05 * sr), (total - pos) / fadeOut);
      out[i] = Math.tanh(buffer[i] * 1.1) * fade * 0.85;
    }
    produced += count;
    yield out;
    const next = new Float32Array(barLength + tail);
    next.set(buffer.subarray(barLength));
    buffer = next;
  }

  function drum(into: Float32Array, at: number, kind: 'kick' | 'snare' | 'hat' | 'open'): void {
    const length = Math.min(into.length - at, Math.round((kind === 'kick' ? 0.35 : kind === 'snare' ? 0.2 : kind === 'open' ? 0.18 : 0.05) * sr));
    const sine = waves().sine;
    let phase = 0;
    for (let i = 0; i < length; i++) {
      const t = i / sr;
      let v: number;
      if (kind === 'kick') {
        phase += ((45 + 90 * Math.exp(-t * 30)) * TABLE_SIZE) / sr;
        v = 0.55 * sine[Math.floor(phase) & TABLE_MASK] * Math.exp(-t * 9);
      } else {
        // High-passed noise (one-pole) for snare and hats; the snare adds a short tone.
        const white = noise() * 2 - 1;
        hpState = 0.6 * (hpState + white - hpPrev);
        hpPrev = white;
        if (kind === 'snare') {
          phase += (185 * TABLE_SIZE) / sr;
          v = (0.22 * white + 0.18 * sine[Math.floor(phase) & TABLE_MASK] * Math.exp(-t * 25)) * Math.exp(-t * 18);
        } else {
          v = (kind === 'open' ? 0.07 : 0.09) * hpState * Math.exp(-t * (kind === 'open' ? 22 : 70));
        }
      }
      into[at + i] += v;
    }
  }
}
