import { Injectable } from '@nestjs/common';
import { Database } from '../../../infra/database';
import { SessionsRepository } from './sessions.repository';

/**
 * Whether a session is still alive, asked on every authenticated request and socket handshake. It is read
 * from the database each time (one primary-key lookup), never cached: signing a device out rejects its
 * access tokens at once, on every instance.
 */
@Injectable()
export class SessionLiveness {
  constructor(
    private readonly db: Database,
    private readonly sessions: SessionsRepository,
  ) {}

  isLive(sessionId: string, userId: string): Promise<boolean> {
    return this.sessions.isLive(this.db, sessionId, userId);
  }
}
