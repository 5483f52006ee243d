import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { Playlists } from '../playlists';
import type { ImportPlaylistDto } from './dto/import-playlist.dto';
import type { ImportResultDto } from './dto/import-result.dto';
import type { QueueEntryDto } from './dto/queue-entry.dto';
import { Tracks } from '../music';
import { EventTransactions } from './event-transactions';
import { QueueAdmission, type Refusal } from './queue-admission';

const COUNTER: Record<Refusal['reason'], keyof ImportResultDto['skipped']> = {
  already_queued: 'duplicates',
  too_long: 'tooLong',
  recently_played: 'recentlyPlayed',
  proposal_limit: 'overLimit',
};

/** Seeds an event's queue from a playlist: its tracks proposed in playlist order, by the caller, under their caps. */
@Injectable()
export class PlaylistImportService {
  constructor(
    private readonly transactions: EventTransactions,
    private readonly admission: QueueAdmission,
    private readonly playlists: Playlists,
    private readonly tracks: Tracks,
  ) {}

  /**
   * One transaction: every track passes the same rules as a single proposal. A track already waiting (or twice in
   * the playlist) is a duplicate; once the caller's cap is reached the rest count as over the limit.
   */
  importPlaylist(userId: string, eventId: string, dto: ImportPlaylistDto): Promise<ImportResultDto> {
    return this.transactions.mutate(userId, eventId, async (m) => {
      const trackIds = await this.playlists.readableTrackIds(userId, dto.playlistId, m.tx);
      if (!trackIds) throw DomainError.notFound('Playlist');
      await this.admission.checkPolicy(m, 'propose', dto.location ?? null);
      const tracks = await this.tracks.byIds(trackIds, m.tx);
      const added: QueueEntryDto[] = [];
      const skipped: ImportResultDto['skipped'] = { duplicates: 0, tooLong: 0, recentlyPlayed: 0, overLimit: 0 };
      const seen = new Set<string>();
      for (const trackId of trackIds) {
        const track = tracks.get(trackId);
        if (!track) continue;
        if (seen.has(trackId)) {
          skipped.duplicates += 1;
          continue;
        }
        seen.add(trackId);
        if (skipped.overLimit > 0) {
          skipped.overLimit += 1;
          continue;
        }
        const admission = await this.admission.admit(m, trackId, track);
        if ('added' in admission) added.push(admission.added);
        else skipped[COUNTER[admission.refused.reason]] += 1;
      }
      return { added, skipped };
    });
  }
}
