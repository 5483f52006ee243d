import { describe, expect, it } from 'vitest';
import type { Playback } from './playback';
import { noteReceived, receivedAt } from './playback-clock';

const report = (positionMs: number, entryId = 'e-clock'): Playback => ({
  entryId,
  track: { provider: 'bundled', providerTrackId: 'x', title: 'X', artist: 'Y', durationMs: 60_000 },
  state: 'playing',
  positionMs,
  startedAt: null,
  controlledBy: null,
  fromFallback: false,
});

describe('playback-clock (when each report of the playback arrived)', () => {
  it('keeps the first arrival of a report seen again (the cached answer of a room opened again)', () => {
    noteReceived(report(1_000), { at: 100 });
    noteReceived(report(1_000), { at: 5_000 });
    expect(receivedAt(report(1_000), 9_000)).toBe(100);
  });
  it('takes a frame as a new report even at the same position (a second seek to one spot)', () => {
    noteReceived(report(2_000), { at: 100 });
    noteReceived(report(2_000), { at: 700, fresh: true });
    expect(receivedAt(report(2_000), 9_000)).toBe(700);
  });
  it('counts a report never noted as arriving now, and remembers it', () => {
    expect(receivedAt(report(3_000), 4_242)).toBe(4_242);
    expect(receivedAt(report(3_000), 9_000)).toBe(4_242);
  });
  it('tells reports of different entries apart, and forgets the oldest past its limit', () => {
    noteReceived(report(0, 'first'), { at: 1 });
    for (let i = 0; i < 60; i += 1) noteReceived(report(i, `other-${i}`), { at: 10 });
    expect(receivedAt(report(0, 'first'), 99)).toBe(99);
  });
});
