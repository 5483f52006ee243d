import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { APP_CONFIG, type AppConfig } from '../../../config';
import { Database } from '../../../infra/database';
import '../auth.events';
import { SessionsRepository } from './sessions.repository';

/** How long a live session is remembered by the single process of the embedded deployment. */
export const LIVE_SESSION_MEMORY_MS = 5_000;

/**
 * Whether a session is still alive, asked on every authenticated request and socket handshake: one primary-key
 * lookup. Signing a device out rejects its access tokens at once, on every instance.
 *
 * The embedded deployment is one process (PGlite has one writer), where every revocation is published on this
 * process's bus: there a live answer is remembered for a few seconds (never past the session's expiry) and
 * forgotten as soon as the session is revoked. With PostgreSQL several instances may serve the same sessions and
 * a revocation on one is not seen by the others' memory, so there every check reads the database.
 */
@Injectable()
export class SessionLiveness {
  private readonly live = new Map<string, { userId: string; until: number }>();
  /** Bumped by every revocation: a lookup that a revocation overtook is not remembered. */
  private revocations = 0;
  private readonly remember: boolean;

  constructor(
    private readonly db: Database,
    private readonly sessions: SessionsRepository,
    bus: EventBus,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.remember = config.database.kind === 'pglite';
    if (this.remember) {
      bus.subscribe('auth.sessions_revoked', ({ sessionIds }) => {
        this.revocations += 1;
        for (const id of sessionIds) this.live.delete(id);
      });
    }
  }

  async isLive(sessionId: string, userId: string): Promise<boolean> {
    if (!this.remember) return this.sessions.isLive(this.db, sessionId, userId);
    const now = Date.now();
    const known = this.live.get(sessionId);
    if (known && known.until > now) return known.userId === userId;
    const revocationsBefore = this.revocations;
    const expiresAt = await this.sessions.liveUntil(this.db, sessionId, userId);
    if (!expiresAt) return false;
    if (this.revocations === revocationsBefore) {
      if (this.live.size >= 50_000) this.live.clear();
      this.live.set(sessionId, { userId, until: Math.min(Date.now() + LIVE_SESSION_MEMORY_MS, expiresAt.getTime()) });
    }
    return true;
  }
}
