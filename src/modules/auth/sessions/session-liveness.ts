import { Injectable } from '@nestjs/common';
import { Database } from '../../../infra/database';
import { SessionsRepository } from './sessions.repository';

interface CachedLive {
  userId: string;
  until: number;
}

/**
 * Whether a session is still alive, asked on every authenticated request. Positive answers are cached for a
 * few seconds per instance: a revocation takes effect at once on the instance that made it, and within
 * CACHE_MS on the others.
 */
@Injectable()
export class SessionLiveness {
  static readonly CACHE_MS = 5_000;
  private static readonly MAX_ENTRIES = 10_000;
  private readonly cache = new Map<string, CachedLive>();

  constructor(
    private readonly db: Database,
    private readonly sessions: SessionsRepository,
  ) {}

  async isLive(sessionId: string, userId: string): Promise<boolean> {
    const cached = this.cache.get(sessionId);
    if (cached && cached.userId === userId && cached.until > Date.now()) return true;
    const live = await this.sessions.isLive(this.db, sessionId, userId);
    this.cache.delete(sessionId);
    if (live) {
      this.cache.set(sessionId, { userId, until: Date.now() + SessionLiveness.CACHE_MS });
      if (this.cache.size > SessionLiveness.MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    }
    return live;
  }

  forget(sessionIds: readonly string[]): void {
    for (const id of sessionIds) this.cache.delete(id);
  }
}
