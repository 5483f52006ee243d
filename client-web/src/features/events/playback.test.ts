import { describe, expect, it } from 'vitest';
import type { Track } from '../music/api';
import { controlMode, nextStep, positionAt, skipProgress, type LocalDeck, type Playback } from './playback';

const track: Track = { provider: 'bundled', providerTrackId: 'boxcat-games-defeat', title: 'Defeat', artist: 'Boxcat Games', durationMs: 36_000 };
const playback = (over: Partial<Playback> = {}): Playback => ({
  entryId: 'e1',
  track,
  state: 'playing',
  positionMs: 10_000,
  startedAt: '2030-01-01T00:00:00.000Z',
  controlledBy: null,
  fromFallback: false,
  ...over,
});
const local = (over: Partial<LocalDeck> = {}): LocalDeck => ({ entryId: 'e1', state: 'playing', positionMs: 10_000, ended: false, ...over });

describe('positionAt (progress between the server’s reports)', () => {
  it('adds the time since the playback was received while it plays', () => {
    expect(positionAt(playback(), 1_000, 4_500)).toBe(13_500);
  });
  it('stays at the reported position while paused, however long ago', () => {
    expect(positionAt(playback({ state: 'paused' }), 1_000, 60_000)).toBe(10_000);
  });
  it('follows a seek back (the position, not the time since the track started)', () => {
    expect(positionAt(playback({ positionMs: 2_000, startedAt: '2020-01-01T00:00:00.000Z' }), 0, 1_000)).toBe(3_000);
  });
  it('never passes the end of the track, nor goes below 0 with a clock behind', () => {
    expect(positionAt(playback(), 0, 10 * 60_000)).toBe(36_000);
    expect(positionAt(playback({ positionMs: 0 }), 5_000, 1_000)).toBe(0);
  });
  it('is unbounded for a track of unknown length', () => {
    expect(positionAt(playback({ track: { ...track, durationMs: 0 } }), 0, 50_000)).toBe(60_000);
  });
});

describe('controlMode', () => {
  it('controls for whoever the server lets control playback from this device (owner, host, covered delegate)', () => {
    expect(controlMode({ canControlPlayback: true, myRole: 'owner', isListener: false })).toBe('control');
    expect(controlMode({ canControlPlayback: true, myRole: null, isListener: true })).toBe('control');
  });
  it('skip votes for other members and listeners, including a delegate on a device the grant does not cover', () => {
    expect(controlMode({ canControlPlayback: false, myRole: 'guest', isListener: false })).toBe('skip');
    expect(controlMode({ canControlPlayback: false, myRole: null, isListener: true })).toBe('skip');
  });
  it('nothing for someone who has not joined', () => {
    expect(controlMode({ canControlPlayback: false, myRole: null, isListener: false })).toBe('none');
  });
});

it('says the skip progress in words', () => {
  expect(skipProgress(2, 3)).toBe('2 of 3 votes to skip');
  expect(skipProgress(0, 1)).toBe('0 of 1 vote to skip');
});

describe('nextStep (the player tab follows the server)', () => {
  it('loads a new entry at the server’s position, playing or cued', () => {
    expect(nextStep(playback({ entryId: 'e2' }), local(), 10_000)).toEqual({ kind: 'load', entryId: 'e2', track, startMs: 10_000, play: true });
    expect(nextStep(playback({ state: 'paused' }), local({ entryId: null, state: 'idle' }), 4_000)).toMatchObject({ kind: 'load', play: false, startMs: 4_000 });
  });
  it('stops when nothing is on the deck any more, and does nothing when it never played', () => {
    expect(nextStep(null, local(), 0)).toEqual({ kind: 'stop' });
    expect(nextStep(playback({ state: 'stopped', track: null, entryId: null }), local(), 0)).toEqual({ kind: 'stop' });
    expect(nextStep(null, local({ entryId: null, state: 'idle' }), 0)).toEqual({ kind: 'none' });
  });
  it('pauses when the server paused, and resumes where the server is when it plays again', () => {
    expect(nextStep(playback({ state: 'paused' }), local(), 12_000)).toEqual({ kind: 'pause', atMs: 12_000 });
    expect(nextStep(playback(), local({ state: 'paused' }), 12_000)).toEqual({ kind: 'resume', atMs: 12_000 });
  });
  it('seeks when the server’s position is more than the drift allowance away (a seek), not for small drift', () => {
    expect(nextStep(playback(), local({ positionMs: 11_500 }), 10_000)).toEqual({ kind: 'none' });
    expect(nextStep(playback(), local({ positionMs: 11_500 }), 30_000)).toEqual({ kind: 'seek', toMs: 30_000 });
    expect(nextStep(playback({ state: 'paused' }), local({ state: 'paused', positionMs: 1_000 }), 20_000)).toEqual({ kind: 'seek', toMs: 20_000 });
  });
  it('does not restart an entry that ended here (its next is on the way) or that failed to play', () => {
    expect(nextStep(playback({ positionMs: 36_000 }), local({ state: 'idle', ended: true }), 36_000)).toEqual({ kind: 'none' });
    expect(nextStep(playback(), local({ state: 'error' }), 10_000)).toEqual({ kind: 'none' });
  });
  it('leaves a loading track alone while playing, but pauses it if the server paused', () => {
    expect(nextStep(playback(), local({ state: 'loading', positionMs: 0 }), 10_000)).toEqual({ kind: 'none' });
    expect(nextStep(playback({ state: 'paused' }), local({ state: 'loading' }), 10_000)).toEqual({ kind: 'pause', atMs: 10_000 });
  });
});
