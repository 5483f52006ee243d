import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import type { Tx } from '../../infra/database';
import { Invitations, type InvitationRecord, type InvitationTarget } from '../invitations';
import type { InviteToEventDto } from './dto/invite-to-event.dto';
import type { EventInvitationDto } from './dto/event-invitation.dto';
import type { EventMemberRole } from './entities/event-member.entity';
import type { EventChanges } from './event-changes';
import { EventTransactions } from './event-transactions';
import { EventViews } from './event-views';
import { EventsRepository } from './events.repository';
import { PlayerService } from './player.service';

const ROLE_RANK: Record<EventMemberRole, number> = { guest: 1, host: 2 };

/** Who is in an event: joining, leaving and invitations. */
@Injectable()
export class MembershipService {
  constructor(
    private readonly events: EventsRepository,
    private readonly transactions: EventTransactions,
    private readonly views: EventViews,
    private readonly invitations: Invitations,
    private readonly player: PlayerService,
  ) {}

  /** Public events only; joining twice is a no-op. */
  join(userId: string, eventId: string): Promise<void> {
    return this.transactions.mutate(userId, eventId, async ({ tx, ctx, changes }) => {
      if (ctx.event.visibility !== 'public') throw new DomainError('FORBIDDEN', 'Only public events can be joined.');
      if (await this.events.addListener(tx, eventId, userId)) {
        emitMember(changes, userId, ctx.role === 'owner' ? null : ctx.role, true, ctx.delegate !== null);
      }
    });
  }

  /** Drops membership, listening and delegation at once; leaving twice is a no-op. */
  leave(userId: string, eventId: string): Promise<void> {
    return this.transactions.mutate(userId, eventId, async (m) => {
      if (m.ctx.role === 'owner') throw new DomainError('CONFLICT', 'The owner cannot leave their event: delete it instead.');
      if (await this.events.removeParticipant(m.tx, eventId, userId)) {
        m.changes.emit('members.changed', { userId, role: null, isDelegate: false });
        await this.player.dropIfNotAllowed(m);
      }
    });
  }

  /** Owner and hosts invite guests; only the owner invites hosts. Idempotent while the invitation is pending. */
  invite(userId: string, eventId: string, dto: InviteToEventDto): Promise<EventInvitationDto> {
    const role = dto.role ?? 'guest';
    return this.transactions.mutate(userId, eventId, async ({ tx, ctx }) => {
      if (ctx.role !== 'owner' && !(ctx.role === 'host' && role === 'guest')) {
        throw new DomainError('FORBIDDEN', role === 'host' ? 'Only the owner can invite hosts.' : 'Only the owner and hosts can invite.');
      }
      if ((await this.views.cardsOf(tx, [dto.userId])).size === 0) throw DomainError.notFound('User');
      if (dto.userId === ctx.event.ownerId) throw new DomainError('CONFLICT', 'The owner is already in this event.');
      const current = (await this.events.participation(tx, eventId, dto.userId)).memberRole;
      if (current && ROLE_RANK[current] >= ROLE_RANK[role]) {
        throw new DomainError('CONFLICT', `This user is already a ${current} of this event.`, { role: current });
      }
      const { invitation } = await this.invitations.create(tx, { kind: 'event', targetId: eventId, inviterId: userId, inviteeId: dto.userId, role });
      const held = invitation.role === 'host' ? 'host' : 'guest';
      return { id: invitation.id, inviteeId: invitation.inviteeId, role: held, status: 'pending', createdAt: invitation.createdAt.toISOString() };
    });
  }

  /** The invitations inbox calls this, in its transaction, when an invitee accepts. */
  acceptInvitation(tx: Tx, invitation: InvitationRecord): Promise<void> {
    const inviteeId = invitation.inviteeId;
    return this.transactions.mutateIn(
      tx,
      inviteeId,
      invitation.targetId,
      async ({ ctx, changes }) => {
        if (ctx.role === 'owner') return;
        const wanted: EventMemberRole = invitation.role === 'host' ? 'host' : 'guest';
        const role = await this.events.upsertMember(tx, ctx.event.id, inviteeId, wanted);
        if (role !== ctx.role) emitMember(changes, inviteeId, role, ctx.isListener, ctx.delegate !== null);
      },
      { requireVisible: false },
    );
  }

  async describeTargets(eventIds: string[], tx: Tx): Promise<Map<string, InvitationTarget>> {
    const names = await this.events.names(tx, eventIds);
    return new Map([...names].map(([id, name]) => [id, { name }]));
  }
}

function emitMember(changes: EventChanges, userId: string, memberRole: EventMemberRole | null, isListener: boolean, isDelegate: boolean): void {
  changes.emit('members.changed', { userId, role: memberRole ?? (isListener ? 'listener' : null), isDelegate });
}
