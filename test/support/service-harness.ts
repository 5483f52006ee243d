import type { DomainEventName, DomainEvents } from '../../src/common/events/domain-events';
import { EventBus } from '../../src/common/events/event-bus';
import { Clock } from '../../src/common/time/clock';
import { Database } from '../../src/infra/database';
import { Invitations } from '../../src/modules/invitations';
import { makeAccount } from './account-factory';
import { bootTestApp, type TestApp } from './test-app';

/** A domain event as recorded: its name and payload, discriminated by the name. */
export type Recorded<N extends DomainEventName> = { [K in N]: { name: K; payload: DomainEvents[K] } }[N];

/**
 * What every service-level ("medium") suite needs, whatever module it tests: the app on a database cloned from
 * the run's template, providers by class, users, the invitations inbox, a recording of domain events, and a
 * clock to stop. The events and playlists harnesses add their module's services to it.
 */
export async function bootServices(options: Parameters<typeof bootTestApp>[0] = {}) {
  const t: TestApp = await bootTestApp(options);
  const get = <T>(type: new (...args: never[]) => T): T => t.app.get(type, { strict: false });
  const bus = get(EventBus);
  const clock = get(Clock);
  const base = {
    t,
    get,
    db: get(Database),
    bus,
    clock,
    invitations: get(Invitations),

    /** A user id (verified unless told otherwise). */
    async user(name: string, verified = true): Promise<string> {
      return (await makeAccount(t, { name, verified })).id;
    },

    async users(prefix: string, count: number): Promise<string[]> {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) ids.push(await base.user(`${prefix}${i}`));
      return ids;
    },

    /** Records the named domain events published from now on (those `keep` accepts), until `stop()`. */
    recordEvents<N extends DomainEventName>(names: readonly N[], keep: (payload: DomainEvents[N]) => boolean = () => true) {
      const seen: Array<Recorded<N>> = [];
      const offs = names.map((name) =>
        bus.subscribe(name, (payload: DomainEvents[N]) => {
          if (keep(payload)) seen.push({ name, payload });
        }),
      );
      return {
        seen,
        async stop(): Promise<Array<Recorded<N>>> {
          await bus.drain();
          offs.forEach((off) => off());
          return seen;
        },
      };
    },

    /** Stops the app's clock at `at`; `restore()` gives real time back. */
    freezeClock(at: Date) {
      let now = at;
      const original = clock.now.bind(clock);
      clock.now = () => now;
      return {
        now: () => now,
        set: (next: Date) => void (now = next),
        advance: (ms: number) => void (now = new Date(now.getTime() + ms)),
        restore: () => void (clock.now = original),
      };
    },

    close: () => t.close(),
  };
  return base;
}
