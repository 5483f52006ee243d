import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { ownerFirstPage } from '../../common/pagination';
import { Invitations } from '../invitations';
import type { EventMemberDto } from './dto/event-member.dto';
import type { EventMembersDto } from './dto/event-members.dto';
import type { EventMemberRole } from './entities/event-member.entity';
import { isHostOrOwner, type EventContext } from './event-context';
import { EventTransactions } from './event-transactions';
import { EventViews } from './event-views';
import { decodeRosterCursor, encodeRosterCursor, EventMembersRepository } from './event-members.repository';
import { EventsRepository } from './events.repository';
import { PlayerService } from './player.service';

/**
 * Managing who is in an event. Owner and hosts cancel invitations and remove guests; only the owner touches
 * hosts (promote, demote, remove, cancel a host invitation). Each change bumps the version and broadcasts
 * `members.changed`; a removed user's sockets leave a room they may no longer see.
 */
@Injectable()
export class EventMembersService {
  constructor(
    private readonly events: EventsRepository,
    private readonly members: EventMembersRepository,
    private readonly transactions: EventTransactions,
    private readonly views: EventViews,
    private readonly invitations: Invitations,
    private readonly player: PlayerService,
  ) {}

  /**
   * Anyone who can see the event, a page at a time: the owner opens the first page, then hosts, guests and
   * delegates. Pending invitations only for the owner and hosts.
   */
  roster(userId: string, eventId: string, page: { limit: number; cursor?: string }): Promise<EventMembersDto> {
    const after = decodeRosterCursor(page.cursor);
    return this.transactions.read(userId, eventId, async (sql, ctx) => {
      const ownerId = ctx.event.ownerId;
      const { withOwner, rows, nextCursor } = await ownerFirstPage(
        after,
        page.limit,
        (n) => this.members.roster(sql, eventId, after, n),
        (last) => encodeRosterCursor(last?.position ?? { rank: -1, at: new Date(0), userId: ownerId }),
      );
      const cards = await this.views.cardsOf(sql, [...(withOwner ? [ownerId] : []), ...rows.map((r) => r.userId)]);
      const people = [...(withOwner ? [{ userId: ownerId, role: 'owner' as const, isDelegate: false }] : []), ...rows];
      const items = people.flatMap((p): EventMemberDto[] => {
        const user = cards.get(p.userId);
        return user ? [{ user, role: p.role, isDelegate: p.isDelegate }] : [];
      });
      const listenerCount = (await this.events.listenerCounts(sql, [eventId])).get(eventId) ?? 0;
      const invitations = isHostOrOwner(ctx) ? await this.invitations.pendingForTarget(sql, 'event', eventId, userId) : null;
      return { items, nextCursor, members: items, listenerCount, invitations, version: ctx.event.version };
    });
  }

  cancelInvitation(userId: string, eventId: string, invitationId: string): Promise<void> {
    return this.transactions.mutate(userId, eventId, async ({ tx, ctx, changes }) => {
      assertManager(ctx, 'cancel invitations');
      const invitation = await this.invitations.cancel(tx, 'event', eventId, invitationId, (i) => {
        if (i.role === 'host') assertOwner(ctx, 'cancel a host invitation');
      });
      const target = await this.events.participation(tx, eventId, invitation.inviteeId);
      const role = target.memberRole ?? (target.isListener ? 'listener' : null);
      changes.emit('members.changed', { userId: invitation.inviteeId, role, isDelegate: target.delegate !== null });
    });
  }

  /** Removes a guest (or, for the owner, a host) with everything tying them to the event, pending invitations too. */
  remove(userId: string, eventId: string, memberId: string): Promise<void> {
    return this.transactions.mutate(userId, eventId, async (m) => {
      const { tx, ctx, changes } = m;
      assertManager(ctx, 'remove members');
      if (memberId === ctx.event.ownerId) throw new DomainError('CONFLICT', 'The owner cannot be removed from their event.');
      const target = await this.events.participation(tx, eventId, memberId);
      if (!target.memberRole) throw DomainError.notFound('Member');
      if (target.memberRole === 'host') assertOwner(ctx, 'remove a host');
      await this.events.removeParticipant(tx, eventId, memberId);
      await this.invitations.revokeForInvitee(tx, 'event', eventId, memberId);
      changes.emit('members.changed', { userId: memberId, role: null, isDelegate: false });
      await this.player.dropIfNotAllowed(m);
    });
  }

  /** Owner only: promote a guest to host or demote a host to guest. Setting the current role is a no-op. */
  changeRole(userId: string, eventId: string, memberId: string, role: EventMemberRole): Promise<EventMemberDto> {
    return this.transactions.mutate(userId, eventId, async (m) => {
      const { tx, ctx, changes } = m;
      assertOwner(ctx, 'promote or demote members');
      if (memberId === ctx.event.ownerId) throw new DomainError('CONFLICT', 'The owner’s role cannot change.');
      const target = await this.events.participation(tx, eventId, memberId);
      if (!target.memberRole) throw DomainError.notFound('Member');
      if (target.memberRole !== role) {
        await this.members.setRole(tx, eventId, memberId, role);
        changes.emit('members.changed', { userId: memberId, role, isDelegate: target.delegate !== null });
        await this.player.dropIfNotAllowed(m);
      }
      const user = (await this.views.cardsOf(tx, [memberId])).get(memberId);
      if (!user) throw DomainError.notFound('Member');
      return { user, role, isDelegate: target.delegate !== null };
    });
  }
}

function assertManager(ctx: EventContext, what: string): void {
  if (!isHostOrOwner(ctx)) throw new DomainError('FORBIDDEN', `Only the owner and hosts can ${what}.`);
}

function assertOwner(ctx: EventContext, what: string): void {
  if (ctx.role !== 'owner') throw new DomainError('FORBIDDEN', `Only the owner can ${what}.`);
}
