/**
 * Walks the frames of an MPEG audio Layer III file from its headers alone (ISO/IEC 11172-3 and 13818-3): every
 * byte must belong to a frame (an ID3v2 tag at the start and an ID3v1 tag at the end are allowed), and the
 * duration is the frames' sample count over the sample rate, which is how players measure a CBR stream.
 */
export interface Mp3Summary {
  frames: number;
  samples: number;
  sampleRate: number;
  channels: 1 | 2;
  bitratesKbps: number[];
  durationMs: number;
  /** A LAME/Xing "Info" or "Xing" header in the first frame (counted as a frame of silence by the sum above). */
  hasInfoTag: boolean;
}

const BITRATES = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Record<number, number[]> = { 3: [44_100, 48_000, 32_000], 2: [22_050, 24_000, 16_000], 0: [11_025, 12_000, 8_000] };

export function walkMp3(data: Buffer): Mp3Summary {
  let offset = 0;
  if (data.subarray(0, 3).toString('latin1') === 'ID3') {
    const size = ((data[6] & 0x7f) << 21) | ((data[7] & 0x7f) << 14) | ((data[8] & 0x7f) << 7) | (data[9] & 0x7f);
    offset = 10 + size;
  }
  const end = data.length >= 128 && data.subarray(data.length - 128, data.length - 125).toString('latin1') === 'TAG' ? data.length - 128 : data.length;
  let frames = 0;
  let samples = 0;
  let sampleRate = 0;
  let channels: 1 | 2 = 1;
  let hasInfoTag = false;
  const bitrates = new Set<number>();
  while (offset < end) {
    if (end - offset < 4) throw new Error(`${end - offset} stray bytes at ${offset}`);
    const [b0, b1, b2, b3] = data.subarray(offset, offset + 4);
    if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) throw new Error(`no frame sync at byte ${offset}`);
    const version = (b1 >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    const layer = (b1 >> 1) & 3; // 1: Layer III
    if (version === 1 || layer !== 1) throw new Error(`not MPEG Layer III at byte ${offset}`);
    const kbps = (version === 3 ? BITRATES.mpeg1 : BITRATES.mpeg2)[(b2 >> 4) & 0xf];
    const rate = SAMPLE_RATES[version][(b2 >> 2) & 3];
    if (!kbps || !rate) throw new Error(`bad bitrate or sample rate at byte ${offset}`);
    if (sampleRate && rate !== sampleRate) throw new Error(`sample rate changes at byte ${offset}`);
    sampleRate = rate;
    channels = (b3 >> 6) === 3 ? 1 : 2;
    const padding = (b2 >> 1) & 1;
    const length = Math.floor(((version === 3 ? 144 : 72) * kbps * 1_000) / rate) + padding;
    if (frames === 0) {
      const tag = data.subarray(offset + 4, offset + Math.min(length, 64)).toString('latin1');
      hasInfoTag = tag.includes('Xing') || tag.includes('Info');
    }
    bitrates.add(kbps);
    frames++;
    samples += version === 3 ? 1_152 : 576;
    offset += length;
  }
  if (offset !== end) throw new Error(`the last frame runs ${offset - end} bytes past the end`);
  if (frames === 0) throw new Error('no frames');
  return { frames, samples, sampleRate, channels, bitratesKbps: [...bitrates], durationMs: (samples / sampleRate) * 1_000, hasInfoTag };
}
