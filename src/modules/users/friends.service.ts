import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { EventBus } from '../../common/events/event-bus';
import { decodeCursor, toPage, type Page } from '../../common/pagination';
import { Database, type Tx } from '../../infra/database';
import type { FriendDto } from './dto/friend.dto';
import type { FriendRequestDto } from './dto/friend-request.dto';
import type { FriendshipDto } from './dto/friendship.dto';
import type { UserCardDto } from './dto/user-card.dto';
import './friend-events';
import { FriendsRepository, type FriendRequestRow } from './friends.repository';
import { UserCards } from './user-cards.service';
import { UsersRepository } from './users.repository';

export type SendResult = { kind: 'pending'; request: FriendRequestDto } | { kind: 'friends'; friendship: FriendshipDto };

/**
 * Friend requests and friendships. Every change to a pair locks both users' rows in id order first, so
 * two people acting on each other at the same moment are serialised: crossing requests make exactly one
 * friendship, a double tap makes one request.
 */
@Injectable()
export class FriendsService {
  constructor(
    private readonly db: Database,
    private readonly friends: FriendsRepository,
    private readonly users: UsersRepository,
    private readonly cards: UserCards,
    private readonly bus: EventBus,
  ) {}

  async sendRequest(me: string, otherId: string): Promise<SendResult> {
    if (me === otherId) throw new DomainError('CONFLICT', 'You cannot send a friend request to yourself.');
    return this.db.transaction(async (tx) => {
      await this.lockPair(tx, me, otherId);
      if (await this.friends.areFriends(tx, me, otherId)) return { kind: 'friends', friendship: await this.friendship(tx, me, otherId) };
      const crossing = await this.friends.findRequest(tx, otherId, me);
      if (crossing) return { kind: 'friends', friendship: await this.befriend(tx, crossing, me) };
      const created = await this.friends.insertRequest(tx, me, otherId);
      const request = created ?? (await this.friends.findRequest(tx, me, otherId));
      if (!request) throw new Error('friend request vanished inside its transaction');
      // Asking again is the same request: only the first one notifies.
      if (created) {
        this.bus.afterCommit(tx, 'friend.requested', { requestId: request.id, requesterId: me, addresseeId: otherId, at: new Date().toISOString() });
      }
      return { kind: 'pending', request: await this.requestDto(tx, me, request) };
    });
  }

  async accept(me: string, requestId: string): Promise<FriendshipDto> {
    return this.db.transaction(async (tx) => {
      const request = await this.lockedRequest(tx, requestId, (r) => r.addresseeId === me);
      return this.befriend(tx, request, me);
    });
  }

  async decline(me: string, requestId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const request = await this.lockedRequest(tx, requestId, (r) => r.addresseeId === me);
      await this.friends.deleteRequest(tx, request.id);
    });
  }

  async cancel(me: string, requestId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const request = await this.lockedRequest(tx, requestId, (r) => r.requesterId === me);
      await this.friends.deleteRequest(tx, request.id);
    });
  }

  /** Idempotent: removing someone who is not (or no longer) a friend is a no-op. */
  async remove(me: string, otherId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.lockPair(tx, me, otherId);
      if (await this.friends.deleteFriendship(tx, me, otherId)) {
        this.bus.afterCommit(tx, 'friend.removed', { userIds: [me, otherId], at: new Date().toISOString() });
      }
    });
  }

  async list(me: string, limit: number, cursor?: string): Promise<Page<FriendDto>> {
    const rows = await this.friends.listFriends(this.db, me, decodeCursor(cursor), limit + 1);
    const cards = await this.cards.byIds(rows.map((r) => r.id), this.db, me);
    const page = toPage(rows, limit, (r) => ({ user: cards.get(r.id), since: r.createdAt.toISOString() }));
    return { items: page.items.filter((i): i is FriendDto => i.user !== undefined), nextCursor: page.nextCursor };
  }

  async requests(me: string, direction: 'incoming' | 'outgoing', limit: number, cursor?: string): Promise<Page<FriendRequestDto>> {
    const rows = await this.friends.listRequests(this.db, me, direction, decodeCursor(cursor), limit + 1);
    const cards = await this.cards.byIds(rows.flatMap((r) => [r.requesterId, r.addresseeId]), this.db, me);
    return toPage(rows, limit, (r) => toRequestDto(r, cards));
  }

  /** Turns a pending request into a friendship (the request and any crossing one are removed). */
  private async befriend(tx: Tx, request: FriendRequestRow, accepterId: string): Promise<FriendshipDto> {
    await this.friends.deleteRequestsBetween(tx, request.requesterId, request.addresseeId);
    if (await this.friends.insertFriendship(tx, request.requesterId, request.addresseeId)) {
      this.bus.afterCommit(tx, 'friend.accepted', { requesterId: request.requesterId, accepterId, at: new Date().toISOString() });
    }
    const other = request.requesterId === accepterId ? request.addresseeId : request.requesterId;
    return this.friendship(tx, accepterId, other);
  }

  private async friendship(tx: Tx, me: string, otherId: string): Promise<FriendshipDto> {
    const card = (await this.cards.byIds([otherId], tx, me)).get(otherId);
    if (!card) throw DomainError.notFound('User');
    return { status: 'friends', user: card };
  }

  private async lockPair(tx: Tx, me: string, otherId: string): Promise<void> {
    const found = await this.users.lockInOrder(tx, [me, otherId]);
    if (!found.includes(otherId)) throw DomainError.notFound('User');
  }

  /** The request, with both users locked, if `mine` says the caller may act on it; 404 otherwise. */
  private async lockedRequest(tx: Tx, requestId: string, mine: (r: FriendRequestRow) => boolean): Promise<FriendRequestRow> {
    const seen = await this.friends.findRequestById(tx, requestId);
    if (!seen || !mine(seen)) throw DomainError.notFound('Friend request');
    await this.users.lockInOrder(tx, [seen.requesterId, seen.addresseeId]);
    // Re-read under the locks: a concurrent accept/cancel may have removed it meanwhile.
    const request = await this.friends.findRequestById(tx, requestId);
    if (!request) throw DomainError.notFound('Friend request');
    return request;
  }

  private async requestDto(tx: Tx, me: string, request: FriendRequestRow): Promise<FriendRequestDto> {
    return toRequestDto(request, await this.cards.byIds([request.requesterId, request.addresseeId], tx, me));
  }
}

function toRequestDto(r: FriendRequestRow, cards: Map<string, UserCardDto>): FriendRequestDto {
  const card = (id: string) => cards.get(id) ?? { id, displayName: 'MusicRoom user', avatarUrl: null };
  return { id: r.id, status: 'pending', from: card(r.requesterId), to: card(r.addresseeId), createdAt: r.createdAt.toISOString() };
}
