import { Injectable } from '@nestjs/common';
import type { Keyset } from '../../common/pagination';
import type { Queryable, Tx } from '../../infra/database';
import { InvitationEntity, type InvitationKind } from './entities/invitation.entity';

export interface NewInvitation {
  kind: InvitationKind;
  targetId: string;
  inviterId: string;
  inviteeId: string;
  role: string | null;
}

export interface PendingRow {
  id: string;
  inviteeId: string;
  inviterId: string;
  role: string | null;
  createdAt: Date;
}

/** Roles an invitation can carry, by privilege (a playlist invitation has none). */
const ROLE_RANK: Record<string, number> = { guest: 1, host: 2 };
const rankOf = (role: string | null): number => (role === null ? 0 : (ROLE_RANK[role] ?? 0));

@Injectable()
export class InvitationsRepository {
  /**
   * Inserts a pending invitation unless one is already pending for that target and invitee. A pending
   * invitation's role only ever goes up (security finding 9: a host re-inviting someone as a guest must not
   * downgrade the owner's host invitation); raising it takes a role only the owner may grant, so whoever
   * raises it is at least as privileged as the original inviter, and becomes the inviter.
   */
  async insertPending(tx: Tx, input: NewInvitation): Promise<{ invitation: InvitationEntity; created: boolean }> {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO invitations (kind, target_id, inviter_id, invitee_id, role)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, target_id, invitee_id) WHERE status = 'pending' DO NOTHING
       RETURNING id`,
      [input.kind, input.targetId, input.inviterId, input.inviteeId, input.role],
    );
    if (inserted.length > 0) {
      return { invitation: await this.byId(tx, inserted[0].id), created: true };
    }
    const existing = await tx.manager.findOneByOrFail(InvitationEntity, {
      kind: input.kind,
      targetId: input.targetId,
      inviteeId: input.inviteeId,
      status: 'pending',
    });
    if (rankOf(input.role) > rankOf(existing.role)) {
      await tx.manager.update(InvitationEntity, { id: existing.id }, { role: input.role, inviterId: input.inviterId });
      Object.assign(existing, { role: input.role, inviterId: input.inviterId });
    }
    return { invitation: existing, created: false };
  }

  byId(tx: Tx, id: string): Promise<InvitationEntity> {
    return tx.manager.findOneByOrFail(InvitationEntity, { id });
  }

  /** The invitee's invitation, locked for the rest of the transaction. */
  findForInviteeForUpdate(tx: Tx, id: string, inviteeId: string): Promise<InvitationEntity | null> {
    return tx.manager
      .createQueryBuilder(InvitationEntity, 'i')
      .setLock('pessimistic_write')
      .where('i.id = :id AND i.inviteeId = :inviteeId', { id, inviteeId })
      .getOne();
  }

  async respond(tx: Tx, id: string, status: 'accepted' | 'declined'): Promise<void> {
    await tx.manager.update(InvitationEntity, { id }, { status, respondedAt: () => 'now()' });
  }

  async revokeForTarget(tx: Tx, kind: InvitationKind, targetId: string): Promise<void> {
    await tx.query(
      `UPDATE invitations SET status = 'revoked', responded_at = now()
       WHERE kind = $1 AND target_id = $2 AND status = 'pending'`,
      [kind, targetId],
    );
  }

  async revokeForInvitee(tx: Tx, kind: InvitationKind, targetId: string, inviteeId: string): Promise<void> {
    await tx.query(
      `UPDATE invitations SET status = 'revoked', responded_at = now()
       WHERE kind = $1 AND target_id = $2 AND invitee_id = $3 AND status = 'pending'`,
      [kind, targetId, inviteeId],
    );
  }

  /** The pending invitations to one event or playlist, oldest first. */
  pendingForTarget(q: Queryable, kind: InvitationKind, targetId: string): Promise<PendingRow[]> {
    return q.query<PendingRow>(
      `SELECT id, invitee_id AS "inviteeId", inviter_id AS "inviterId", role, created_at AS "createdAt"
       FROM invitations WHERE kind = $1 AND target_id = $2 AND status = 'pending' ORDER BY created_at, id`,
      [kind, targetId],
    );
  }

  /** One pending invitation to this target, locked for the rest of the transaction; null if none. */
  findPendingForTargetForUpdate(tx: Tx, kind: InvitationKind, targetId: string, id: string): Promise<InvitationEntity | null> {
    return tx.manager
      .createQueryBuilder(InvitationEntity, 'i')
      .setLock('pessimistic_write')
      .where("i.id = :id AND i.kind = :kind AND i.targetId = :targetId AND i.status = 'pending'", { id, kind, targetId })
      .getOne();
  }

  async revoke(tx: Tx, id: string): Promise<void> {
    await tx.query(`UPDATE invitations SET status = 'revoked', responded_at = now() WHERE id = $1 AND status = 'pending'`, [id]);
  }

  /** Pending invitations of one user, newest first, `limit + 1` rows for the page. */
  pendingPage(tx: Tx, inviteeId: string, after: Keyset | null, limit: number): Promise<InvitationEntity[]> {
    const query = tx.manager
      .createQueryBuilder(InvitationEntity, 'i')
      .where("i.inviteeId = :inviteeId AND i.status = 'pending'", { inviteeId })
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(limit + 1);
    if (after) query.andWhere('(i.createdAt, i.id) < (:at, :id)', { at: after.createdAt, id: after.id });
    return query.getMany();
  }
}
