import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { Database } from '../../infra/database';
import { Playlists } from '../playlists';
import type { ExportedPlaylistDto } from './dto/exported-playlist.dto';
import { EventTransactions } from './event-transactions';
import { QueueRepository } from './queue.repository';

/** Turns an event's history into a new private playlist of the caller, through the playlists module. */
@Injectable()
export class HistoryExportService {
  constructor(
    private readonly db: Database,
    private readonly queue: QueueRepository,
    private readonly transactions: EventTransactions,
    private readonly playlists: Playlists,
  ) {}

  exportHistory(userId: string, eventId: string, name?: string): Promise<ExportedPlaylistDto> {
    return this.db.transaction(async (tx) => {
      const ctx = await this.transactions.visibleContext(tx, userId, eventId);
      if (!ctx) throw DomainError.notFound('Event');
      const trackIds = await this.queue.playedTrackIds(tx, eventId);
      if (trackIds.length === 0) throw new DomainError('CONFLICT', 'Nothing has been played in this event yet.', { reason: 'history_empty' });
      const playlistName = name ?? `${ctx.event.name} — history`.slice(0, 100);
      const playlist = await this.playlists.createFromTracks(userId, { name: playlistName, trackIds, visibility: 'private' }, tx);
      return { playlistId: playlist.id, name: playlistName, trackCount: trackIds.length };
    });
  }
}
