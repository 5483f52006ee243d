import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error';
import { EventBus } from '../../../common/events/event-bus';
import { APP_CONFIG, type AppConfig } from '../../../config';
import { Database, type Tx } from '../../../infra/database';
import { UserAccounts, type UserAccount } from '../../users';
import '../auth.events';
import { hashSecretToken, newSecretToken } from '../tokens/secret-token';
import { AccessTokenCodec } from './access-token.codec';
import type { ClientInfo } from '../../../common/http/client-info';
import { SessionsRepository, type DeviceFields, type DeviceSessionRow } from './sessions.repository';

export interface IssuedSession {
  /** The session id, which is also the device id (delegation, player device). */
  sessionId: string;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  account: UserAccount;
}

type RefreshOutcome = { kind: 'rotated'; session: IssuedSession } | { kind: 'invalid' } | { kind: 'reused' };

const MAX_USER_AGENT = 512;

/** Sessions: an access JWT plus an opaque refresh token, rotated on each use; reuse ends the session. */
@Injectable()
export class SessionsService {
  private readonly ttlDays: number;

  constructor(
    private readonly db: Database,
    private readonly sessions: SessionsRepository,
    private readonly codec: AccessTokenCodec,
    private readonly accounts: UserAccounts,
    private readonly bus: EventBus,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ttlDays = config.jwt.refreshTtlDays;
  }

  /** Opens a session for the account inside the caller's transaction. */
  async start(tx: Tx, account: UserAccount, client: ClientInfo): Promise<IssuedSession> {
    const sessionId = await this.sessions.create(tx, {
      userId: account.id,
      ttlDays: this.ttlDays,
      userAgent: client.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
      ip: client.ip,
      device: deviceOf(client),
    });
    return this.issue(tx, sessionId, account);
  }

  /** Exchanges a refresh token for a new pair. A token that was already exchanged revokes its whole session. */
  async refresh(refreshToken: string, client: ClientInfo): Promise<IssuedSession> {
    const hash = hashSecretToken(refreshToken);
    const outcome = await this.db.transaction(async (tx): Promise<RefreshOutcome> => {
      const record = await this.sessions.findRefreshTokenForUpdate(tx, hash);
      if (!record || !record.sessionLive) return { kind: 'invalid' };
      if (record.rotated) {
        await this.sessions.revoke(tx, record.sessionId, 'refresh_token_reused');
        this.afterRevoke(tx, record.userId, [record.sessionId], 'refresh_token_reused');
        return { kind: 'reused' };
      }
      const account = await this.accounts.findById(record.userId, tx);
      if (!account) return { kind: 'invalid' };
      await this.sessions.markRotated(tx, hash);
      await this.sessions.extend(tx, record.sessionId, this.ttlDays, deviceOf(client));
      return { kind: 'rotated', session: await this.issue(tx, record.sessionId, account) };
    });
    if (outcome.kind === 'rotated') return outcome.session;
    throw new DomainError(
      'UNAUTHENTICATED',
      outcome.kind === 'reused'
        ? 'This refresh token was already used; the session has been ended for safety. Sign in again.'
        : 'The refresh token is not valid; sign in again.',
    );
  }

  /** Logout: ends the session the refresh token belongs to. Unknown tokens are ignored (idempotent). */
  async end(refreshToken: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const record = await this.sessions.findRefreshTokenForUpdate(tx, hashSecretToken(refreshToken));
      if (!record || !record.sessionLive) return;
      await this.sessions.revoke(tx, record.sessionId, 'logout');
      this.afterRevoke(tx, record.userId, [record.sessionId], 'logout');
    });
  }

  /** Ends every session of the user, except `keepSessionId` when given, once `tx` commits. */
  async revokeAll(tx: Tx, userId: string, reason: string, keepSessionId: string | null = null): Promise<void> {
    const ended = await this.sessions.revokeAllOfUser(tx, userId, reason, keepSessionId);
    if (ended.length > 0) this.afterRevoke(tx, userId, ended, reason);
  }

  /** The user's signed-in devices. */
  devices(userId: string): Promise<DeviceSessionRow[]> {
    return this.sessions.liveOfUser(this.db, userId);
  }

  /** Signs one of the user's devices out: its tokens stop working at once and its sockets are closed. */
  async revokeDevice(userId: string, sessionId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await this.sessions.revokeOfUser(tx, userId, sessionId, 'signed_out_by_user'))) throw DomainError.notFound('Session');
      this.afterRevoke(tx, userId, [sessionId], 'signed_out_by_user');
    });
  }

  /** Signs every other device of the user out; the calling one stays. */
  revokeOtherDevices(user: { id: string; sessionId: string }): Promise<void> {
    return this.db.transaction((tx) => this.revokeAll(tx, user.id, 'signed_out_by_user', user.sessionId));
  }

  private async issue(tx: Tx, sessionId: string, account: UserAccount): Promise<IssuedSession> {
    const refresh = newSecretToken();
    await this.sessions.addRefreshToken(tx, sessionId, refresh.hash);
    const accessToken = this.codec.sign({ sub: account.id, sid: sessionId, ev: account.emailVerified });
    return { sessionId, accessToken, refreshToken: refresh.token, expiresIn: this.codec.ttlSeconds, account };
  }

  private afterRevoke(tx: Tx, userId: string, sessionIds: string[], reason: string): void {
    this.bus.afterCommit(tx, 'auth.sessions_revoked', { userId, sessionIds, reason });
  }
}

function deviceOf(client: ClientInfo): DeviceFields {
  return { platform: client.platform, deviceName: client.deviceName ?? null, appVersion: client.appVersion ?? null };
}
