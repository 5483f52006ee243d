import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import type { Tx } from '../../infra/database';
import { Invitations, type InvitationRecord, type InvitationTarget } from '../invitations';
import type { GrantDelegateDto, InviteToEventDto } from './dto/requests.dto';
import type { DelegateDto, EventInvitationDto } from './dto/responses.dto';
import type { EventMemberRole } from './entities/event-member.entity';
import type { EventContext } from './event-context';
import type { EventChanges } from './event-changes';
import { EventTransactions } from './event-transactions';
import { EventViews } from './event-views';
import { EventsRepository, type DelegateRow } from './events.repository';

const ROLE_RANK: Record<EventMemberRole, number> = { guest: 1, host: 2 };

/** Who is in an event: joining, leaving, invitations, and Music Control Delegation. */
@Injectable()
export class MembershipService {
  constructor(
    private readonly events: EventsRepository,
    private readonly transactions: EventTransactions,
    private readonly views: EventViews,
    private readonly invitations: Invitations,
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
    return this.transactions.mutate(userId, eventId, async ({ tx, ctx, changes }) => {
      if (ctx.role === 'owner') throw new DomainError('CONFLICT', 'The owner cannot leave their event: delete it instead.');
      if (await this.events.removeParticipant(tx, eventId, userId)) {
        changes.emit('members.changed', { userId, role: null, isDelegate: false });
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
      return { id: invitation.id, inviteeId: invitation.inviteeId, role, status: 'pending', createdAt: invitation.createdAt.toISOString() };
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

  /** Owner only. The delegate must be in the event (member or listener); granting again updates the device. */
  grantDelegate(userId: string, eventId: string, delegateId: string, dto: GrantDelegateDto): Promise<DelegateDto> {
    return this.transactions.mutate(userId, eventId, async ({ tx, ctx, changes }) => {
      assertOwner(ctx);
      if (delegateId === userId) throw new DomainError('CONFLICT', 'The owner always controls playback.');
      const target = await this.events.participation(tx, eventId, delegateId);
      if (!target.memberRole && !target.isListener) throw new DomainError('NOT_FOUND', 'This user is not in the event.');
      const { row, changed } = await this.events.upsertDelegate(tx, eventId, delegateId, dto.deviceId ?? null);
      if (changed) emitMember(changes, delegateId, target.memberRole, target.isListener, true);
      return this.delegateDto(tx, row);
    });
  }

  /** Owner only; revoking someone who is not a delegate is a no-op. */
  revokeDelegate(userId: string, eventId: string, delegateId: string): Promise<void> {
    return this.transactions.mutate(userId, eventId, async ({ tx, ctx, changes }) => {
      assertOwner(ctx);
      if (await this.events.removeDelegate(tx, eventId, delegateId)) {
        const target = await this.events.participation(tx, eventId, delegateId);
        emitMember(changes, delegateId, target.memberRole, target.isListener, false);
      }
    });
  }

  delegates(userId: string, eventId: string): Promise<DelegateDto[]> {
    return this.transactions.read(userId, eventId, async (sql) => {
      const rows = await this.events.delegates(sql, eventId);
      const cards = await this.views.cardsOf(sql, rows.map((r) => r.userId));
      return rows.flatMap((r) => {
        const user = cards.get(r.userId);
        return user ? [{ user, deviceId: r.deviceId, grantedAt: r.grantedAt.toISOString() }] : [];
      });
    });
  }

  private async delegateDto(tx: Tx, row: DelegateRow): Promise<DelegateDto> {
    const user = (await this.views.cardsOf(tx, [row.userId])).get(row.userId);
    if (!user) throw DomainError.notFound('User');
    return { user, deviceId: row.deviceId, grantedAt: row.grantedAt.toISOString() };
  }
}

function assertOwner(ctx: EventContext): void {
  if (ctx.role !== 'owner') throw new DomainError('FORBIDDEN', 'Only the owner can delegate playback control.');
}

function emitMember(changes: EventChanges, userId: string, memberRole: EventMemberRole | null, isListener: boolean, isDelegate: boolean): void {
  changes.emit('members.changed', { userId, role: memberRole ?? (isListener ? 'listener' : null), isDelegate });
}
