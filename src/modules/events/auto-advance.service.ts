import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { Database } from '../../infra/database';
import { Clock } from '../../common/time/clock';
import { EventTransactions } from './event-transactions';
import { EventsRepository } from './events.repository';
import { PlaybackService } from './playback.service';
import { QueueRepository } from './queue.repository';

/** Events advanced per poll at most, so one poll never holds the database for long. */
const MAX_PER_POLL = 50;

/**
 * Server-side auto-advance. Every playback change stores, in the same UPDATE, when the playing track ends plus a
 * grace (`events.playback_deadline_at`, null unless playing). Every instance polls for due deadlines; each due
 * event is claimed with `FOR UPDATE SKIP LOCKED` and advanced in that same transaction, which also moves or
 * clears the deadline. So two instances never advance the same track, a device's `next { fromEntryId }` racing
 * the poller advances once (whichever comes second finds the deck changed), and a restart loses nothing: the
 * deadline is in PostgreSQL, not in a timer.
 */
@Injectable()
export class AutoAdvance implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AutoAdvance.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Database,
    private readonly events: EventsRepository,
    private readonly queue: QueueRepository,
    private readonly transactions: EventTransactions,
    private readonly playback: PlaybackService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.events.autoAdvancePollMs;
    if (every === 0) return;
    this.timer = setInterval(() => void this.poll(), every);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Advances every event whose deadline has passed; the number advanced. One poll at a time per instance. */
  poll(): Promise<number> {
    this.running ??= this.advanceDue().finally(() => (this.running = null));
    return this.running;
  }

  private async advanceDue(): Promise<number> {
    let advanced = 0;
    try {
      while (advanced < MAX_PER_POLL && (await this.advanceOne())) advanced += 1;
    } catch (error) {
      this.logger.error({ err: error }, 'Auto-advance failed; retrying at the next poll');
    }
    return advanced;
  }

  /** Claims one due event and advances it, in one transaction; false when none is due. */
  private advanceOne(): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const event = await this.events.lockDue(tx, this.clock.now());
      if (!event) return false;
      await this.transactions.mutateLocked(tx, event, async (m) => {
        const deck = await this.queue.onDeck(tx, event.id);
        // Never true while the deadline is written with the playback; kept so one odd row cannot jam the poller.
        if (!deck) return this.events.clearDeadline(tx, event.id);
        await this.playback.advance(m, deck, { reason: 'auto_advance', by: null });
      });
      return true;
    });
  }
}
