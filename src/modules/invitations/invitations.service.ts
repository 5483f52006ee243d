import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { EventBus } from '../../common/events/event-bus';
import { decodeCursor, toPage, type Page } from '../../common/pagination';
import { Database, type Queryable, type Tx } from '../../infra/database';
import { UserCards, type UserCardDto } from '../users';
import type { InvitationDto } from './dto/invitation.dto';
import type { InvitationResponseDto } from './dto/invitation-response.dto';
import type { PendingInvitationDto } from './dto/pending-invitation.dto';
import type { InvitationKind } from './entities/invitation.entity';
import type { InvitationHandler, InvitationRecord } from './invitation-handler';
import './invitation-events';
import { InvitationsRepository, type InvitationRow, type NewInvitation } from './invitations.repository';

/**
 * The invitations inbox. Events and playlists create invitations through `create` and register a handler
 * that names their targets and turns an accepted invitation into a membership, in the same transaction.
 */
@Injectable()
export class Invitations {
  private readonly handlers = new Map<InvitationKind, InvitationHandler>();

  constructor(
    private readonly db: Database,
    private readonly repo: InvitationsRepository,
    private readonly bus: EventBus,
    private readonly cards: UserCards,
  ) {}

  registerHandler(kind: InvitationKind, handler: InvitationHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Idempotent while pending: inviting the same person twice yields the same invitation. */
  async create(tx: Tx, input: Omit<NewInvitation, 'role'> & { role?: string | null }): Promise<{ invitation: InvitationRecord; created: boolean }> {
    if (input.inviterId === input.inviteeId) throw new DomainError('CONFLICT', 'You cannot invite yourself.');
    const result = await this.repo.insertPending(tx, { ...input, role: input.role ?? null });
    if (result.created) {
      const i = result.invitation;
      this.bus.afterCommit(tx, 'invitation.created', {
        invitationId: i.id,
        kind: i.kind,
        targetId: i.targetId,
        inviterId: i.inviterId,
        inviteeId: i.inviteeId,
        role: i.role,
        at: new Date().toISOString(),
      });
    }
    return result;
  }

  revokeForTarget(tx: Tx, kind: InvitationKind, targetId: string): Promise<void> {
    return this.repo.revokeForTarget(tx, kind, targetId);
  }

  revokeForInvitee(tx: Tx, kind: InvitationKind, targetId: string, inviteeId: string): Promise<void> {
    return this.repo.revokeForInvitee(tx, kind, targetId, inviteeId);
  }

  /** Pending invitations to one event or playlist, oldest first, as its managers see them. */
  async pendingForTarget(q: Queryable, kind: InvitationKind, targetId: string, viewerId: string): Promise<PendingInvitationDto[]> {
    const rows = await this.repo.pendingForTarget(q, kind, targetId);
    const cards = await this.cards.byIds(rows.flatMap((r) => [r.inviteeId, r.inviterId]), q, viewerId);
    return rows.flatMap((row) => {
      const invitee = cards.get(row.inviteeId);
      if (!invitee) return [];
      const role = row.role === 'host' || row.role === 'guest' ? row.role : null;
      return [{ id: row.id, invitee, role, invitedBy: cards.get(row.inviterId) ?? null, createdAt: row.createdAt.toISOString() }];
    });
  }

  /**
   * Cancels a pending invitation to the target. `mayCancel` sees it first (an event host may not cancel a host
   * invitation) and throws to refuse. Unknown, answered or another target's invitation → NOT_FOUND.
   */
  async cancel(tx: Tx, kind: InvitationKind, targetId: string, invitationId: string, mayCancel: (i: InvitationRecord) => void): Promise<InvitationRecord> {
    const invitation = await this.repo.findPendingForTargetForUpdate(tx, kind, targetId, invitationId);
    if (!invitation) throw DomainError.notFound('Invitation');
    mayCancel(invitation);
    await this.repo.revoke(tx, invitation.id);
    return invitation;
  }

  listPending(userId: string, limit: number, cursor?: string): Promise<Page<InvitationDto>> {
    const after = decodeCursor(cursor);
    return this.db.transaction(async (tx) => {
      const rows = await this.repo.pendingPage(tx, userId, after, limit);
      const targets = await this.describe(tx, rows);
      const inviters = await this.cards.byIds(rows.map((r) => r.inviterId), tx, userId);
      const page = toPage(rows, limit, (row) => ({ row, target: targets.get(`${row.kind}:${row.targetId}`) }));
      return {
        nextCursor: page.nextCursor,
        items: page.items.flatMap(({ row, target }) => {
          const inviter = inviters.get(row.inviterId);
          return target && inviter ? [toDto(row, target.name, inviter)] : [];
        }),
      };
    });
  }

  accept(userId: string, invitationId: string): Promise<InvitationResponseDto> {
    return this.respond(userId, invitationId, 'accepted');
  }

  decline(userId: string, invitationId: string): Promise<InvitationResponseDto> {
    return this.respond(userId, invitationId, 'declined');
  }

  /** Answering twice the same way is a no-op; changing one's answer afterwards is a conflict. */
  private respond(userId: string, invitationId: string, answer: 'accepted' | 'declined'): Promise<InvitationResponseDto> {
    return this.db.transaction(async (tx) => {
      const invitation = await this.repo.findForInviteeForUpdate(tx, invitationId, userId);
      if (!invitation || invitation.status === 'revoked') throw DomainError.notFound('Invitation');
      if (invitation.status === answer) return { id: invitation.id, status: answer };
      if (invitation.status !== 'pending') {
        throw new DomainError('CONFLICT', `This invitation was already ${invitation.status}.`, { status: invitation.status });
      }
      if (answer === 'accepted') await this.handlerFor(invitation.kind).accept(tx, invitation);
      await this.repo.respond(tx, invitation.id, answer);
      return { id: invitation.id, status: answer };
    });
  }

  private async describe(tx: Tx, rows: InvitationRow[]): Promise<Map<string, { name: string }>> {
    const described = new Map<string, { name: string }>();
    for (const kind of new Set(rows.map((r) => r.kind))) {
      const ids = [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.targetId))];
      const handler = this.handlers.get(kind);
      if (!handler) continue;
      for (const [id, target] of await handler.describeTargets(ids, tx)) described.set(`${kind}:${id}`, target);
    }
    return described;
  }

  private handlerFor(kind: InvitationKind): InvitationHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw DomainError.notFound('Invitation');
    return handler;
  }
}

function toDto(row: InvitationRow, targetName: string, invitedBy: UserCardDto): InvitationDto {
  return {
    id: row.id,
    kind: row.kind,
    target: { id: row.targetId, name: targetName },
    role: row.role,
    invitedBy,
    createdAt: row.createdAt.toISOString(),
  };
}
