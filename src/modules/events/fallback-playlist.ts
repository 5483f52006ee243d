import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Playlists } from '../playlists';
import { Tracks } from '../music';
import type { EventMutation } from './event-transactions';
import { FallbackRepository } from './fallback.repository';
import { QueueRepository, type EntryRow } from './queue.repository';

/**
 * When the queue runs dry, the event's fallback playlist keeps the party going: its tracks in a random order,
 * none twice until every one has played (a rotation), then a new rotation. Tracks over the event's maximum
 * length are left out. The playlist is read as the event's owner sees it, so a playlist they lost access to
 * (or deleted: the column is then null) plays nothing.
 */
@Injectable()
export class FallbackPlaylist {
  constructor(
    private readonly queue: QueueRepository,
    private readonly rotation: FallbackRepository,
    private readonly playlists: Playlists,
    private readonly tracks: Tracks,
  ) {}

  /** Puts the next fallback track on the deck; null when there is none to play. */
  async start(m: EventMutation): Promise<EntryRow | null> {
    const { event } = m.ctx;
    if (!event.fallbackPlaylistId) return null;
    const trackIds = await this.playlists.readableTrackIds(event.ownerId, event.fallbackPlaylistId, m.tx);
    if (!trackIds || trackIds.length === 0) return null;
    const eligible = await this.withinLength([...new Set(trackIds)], event.maxTrackDurationMs, m);
    if (eligible.length === 0) return null;
    const played = await this.rotation.played(m.tx, event.id);
    let candidates = eligible.filter((id) => !played.has(id));
    if (candidates.length === 0) {
      await this.rotation.clear(m.tx, event.id);
      candidates = eligible;
    }
    const trackId = candidates[randomInt(candidates.length)];
    await this.rotation.record(m.tx, event.id, trackId, m.now);
    return this.queue.startFallbackEntry(m.tx, event.id, trackId, m.now);
  }

  private async withinLength(trackIds: string[], maxMs: number | null, m: EventMutation): Promise<string[]> {
    if (maxMs === null) return trackIds;
    const tracks = await this.tracks.byIds(trackIds, m.tx);
    return trackIds.filter((id) => (tracks.get(id)?.durationMs ?? 0) <= maxMs);
  }
}
