import { describe, expect, it } from 'vitest';
import type { PlaylistEntry } from './playlist-cache';
import { neighbourToPlay } from './playlist-player';

const entry = (id: string, playable = true) =>
  ({ id, position: id, track: { title: id, previewUrl: playable ? `http://x/${id}.mp3` : undefined } }) as unknown as PlaylistEntry;
const list = [entry('a'), entry('b', false), entry('c'), entry('d')];

describe('what the playlist plays next', () => {
  it('goes forward and back, skipping tracks without browser audio', () => {
    expect(neighbourToPlay(list, 'a', 0, 1)?.id).toBe('c');
    expect(neighbourToPlay(list, 'c', 2, -1)?.id).toBe('a');
    expect(neighbourToPlay(list, 'd', 3, 1)).toBeNull();
    expect(neighbourToPlay(list, null, 0, 1)?.id).toBe('a');
  });

  it('goes on from the place of a current track that someone removed meanwhile', () => {
    const without = list.filter((e) => e.id !== 'c');
    expect(neighbourToPlay(without, 'c', 2, 1)?.id).toBe('d');
    expect(neighbourToPlay(without, 'c', 2, -1)?.id).toBe('a');
  });
});
