import type { BenchApi, Session } from './api-client';
import { Latencies } from './histogram';
import { listen, type Listener } from './listeners';

export type Action = 'search' | 'propose' | 'vote' | 'read event' | 'edit playlist';
/** What people do in a room, by weight: mostly voting and reading, some searching, proposing and editing. */
export const MIX: [Action, number][] = [['vote', 45], ['read event', 20], ['search', 15], ['edit playlist', 12], ['propose', 8]];
const QUERIES = ['monkeys', 'duck', 'forecast', 'jazz', 'piano', 'a', 'kevin', 'snitch'];

const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)];
const pickAction = (): Action => {
  let roll = Math.random() * 100;
  for (const [action, weight] of MIX) if ((roll -= weight) < 0) return action;
  return 'vote';
};

/** Shared state of a crowd of virtual users: where they act, and what their requests cost. */
export class UserMix {
  latencies = new Latencies();
  signIns = new Latencies();
  errors = 0;
  refusals = 0;
  stopped = false;

  constructor(
    readonly api: BenchApi,
    readonly origin: string,
    readonly eventIds: string[],
    readonly entryIds: Map<string, string[]>,
    readonly playlistIds: string[],
    readonly thinkMs: number,
  ) {}

  reset(): void {
    this.latencies = new Latencies();
    this.signIns = new Latencies();
    this.errors = 0;
    this.refusals = 0;
  }

  async timed(method: string, path: string, token: string, body?: unknown): Promise<unknown> {
    const started = performance.now();
    try {
      const res = await this.api.call(method, path, token, body);
      (path === '/api/auth/login' ? this.signIns : this.latencies).recordMs(performance.now() - started);
      // A refusal the product means (a duplicate proposal, the proposal cap) is an answer, not an error.
      if (res.status >= 500) this.errors++;
      else if (res.status >= 400) this.refusals++;
      return res.body;
    } catch {
      this.errors++;
      return undefined;
    }
  }

  /**
   * Signs in, joins an event, listens on its room, then acts after think times until the mix stops or the
   * returned handle is closed: a user who leaves stops acting too, so churn keeps the crowd the same size.
   */
  async user(email: string, password: string, arriveWithinMs: number): Promise<Listener | undefined> {
    await new Promise((r) => setTimeout(r, Math.random() * arriveWithinMs));
    const session = (await this.timed('POST', '/api/auth/login', '', { email, password })) as Session | undefined;
    if (!session?.accessToken) return undefined;
    const token = session.accessToken;
    const eventId = pick(this.eventIds);
    await this.timed('POST', `/api/events/${eventId}/join`, token);
    const socket = await listen(this.origin, token, `event:${eventId}`, true, () => {}).catch(() => {
      this.errors++;
      return undefined;
    });
    const presence = { left: false };
    void this.actUntilStopped(token, eventId, presence);
    return {
      close: () => {
        presence.left = true;
        socket?.close();
      },
    };
  }

  private async actUntilStopped(token: string, eventId: string, presence: { left: boolean }): Promise<void> {
    const voted = new Set<string>();
    const active = () => !this.stopped && !presence.left;
    while (active()) {
      await new Promise((r) => setTimeout(r, -Math.log(1 - Math.random()) * this.thinkMs));
      if (!active()) break;
      await this.act(pickAction(), token, eventId, voted);
    }
  }

  private async searchTrack(token: string): Promise<{ providerTrackId: string } | undefined> {
    const found = (await this.timed('GET', `/api/music/search?q=${pick(QUERIES)}&provider=bundled&limit=10`, token)) as { items?: { providerTrackId: string }[] } | undefined;
    return found?.items?.length ? pick(found.items) : undefined;
  }

  private async act(action: Action, token: string, eventId: string, voted: Set<string>): Promise<void> {
    switch (action) {
      case 'vote': {
        const entryId = pick(this.entryIds.get(eventId) ?? []);
        await this.timed(voted.has(entryId) ? 'DELETE' : 'PUT', `/api/events/${eventId}/tracks/${entryId}/vote`, token, {});
        if (voted.has(entryId)) voted.delete(entryId);
        else voted.add(entryId);
        return;
      }
      case 'read event':
        await this.timed('GET', `/api/events/${eventId}`, token);
        return;
      case 'search':
        await this.searchTrack(token);
        return;
      case 'propose': {
        const track = await this.searchTrack(token);
        if (track) await this.timed('POST', `/api/events/${eventId}/tracks`, token, { provider: 'bundled', providerTrackId: track.providerTrackId });
        return;
      }
      case 'edit playlist': {
        const track = await this.searchTrack(token);
        if (track) await this.timed('POST', `/api/playlists/${pick(this.playlistIds)}/tracks`, token, { provider: 'bundled', providerTrackId: track.providerTrackId, afterEntryId: null });
        return;
      }
    }
  }
}

/** Five public playlists anyone may edit, beside the events the crowd votes in. */
export async function crowdPlaces(api: BenchApi, owner: string): Promise<{ playlistIds: string[] }> {
  const playlistIds: string[] = [];
  for (let i = 0; i < 5; i++) {
    const playlist = await api.expectOk<{ id: string }>('POST', '/api/playlists', owner, { name: `Bench playlist ${i}`, visibility: 'public', editLicense: 'everyone' });
    playlistIds.push(playlist.id);
  }
  return { playlistIds };
}
