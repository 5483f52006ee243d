import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaybackChangedEvent } from '../../src/modules/events';
import { bootEvents, type EventsHarness } from '../support/events-harness';
import { until } from '../support/socket-client';
import { onPostgres } from '../support/test-database';

const EVENTS = 12;

/** Two instances of one deployment on one PostgreSQL database, both polling for due deadlines every 10 ms. */
describe.runIf(onPostgres())('auto-advance across two instances', () => {
  let a: EventsHarness;
  let b: EventsHarness;
  beforeAll(async () => {
    const env = { AUTO_ADVANCE_POLL_MS: '10', AUTO_ADVANCE_GRACE_MS: '2000' };
    a = await bootEvents({ env });
    b = await bootEvents({ env, database: a.t.config.database });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('advances every due event exactly once, whichever instance claims it', async () => {
    const start = new Date('2026-07-01T20:00:00Z');
    const clocks = [a.freezeClock(start), b.freezeClock(start)];
    const owner = await a.user('owner');
    const parties: Array<{ id: string; first: string; second: string; durationMs: number }> = [];
    for (let i = 0; i < EVENTS; i++) {
      const event = await a.event(owner);
      const first = await a.propose(owner, event.id, 2);
      const second = await a.propose(owner, event.id, 0);
      await a.playback.command(owner, event.id, { action: 'play' }, null);
      parties.push({ id: event.id, first: first.id, second: second.id, durationMs: first.track.durationMs });
    }
    const advanced: PlaybackChangedEvent[] = [];
    const offs = [a, b].map((h) =>
      h.bus.subscribe('playback.changed', (e) => {
        if (e.reason === 'auto_advance') advanced.push(e);
      }),
    );
    try {
      // Both pollers find every deadline due at the same moment.
      for (const clock of clocks) clock.advance(parties[0].durationMs + 2_000);
      await until(() => advanced.length >= EVENTS, 20_000);
      // More polls on both instances: nothing is due any more.
      await Promise.all([a.autoAdvance.poll(), b.autoAdvance.poll(), a.autoAdvance.poll(), b.autoAdvance.poll()]);
      await Promise.all([a.bus.drain(), b.bus.drain()]);
      expect(advanced).toHaveLength(EVENTS);
      expect(new Set(advanced.map((e) => e.eventId))).toEqual(new Set(parties.map((p) => p.id)));
      for (const party of parties) {
        const history = (await b.playback.history(owner, party.id, 10)).items.map((e) => e.id);
        expect(history).toEqual([party.first]);
        expect((await b.events.get(owner, party.id, null)).nowPlaying).toMatchObject({ entryId: party.second, state: 'playing' });
      }
    } finally {
      offs.forEach((off) => off());
      clocks.forEach((clock) => clock.restore());
    }
  });
});
