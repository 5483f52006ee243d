import { Injectable } from '@nestjs/common';
import type { Keyset } from '../../common/pagination';
import { selectList, type ColumnOf, type Queryable, type Row, type Tx } from '../../infra/database';
import { InvitationEntity, type InvitationKind } from './entities/invitation.entity';

export interface NewInvitation {
  kind: InvitationKind;
  targetId: string;
  inviterId: string;
  inviteeId: string;
  role: string | null;
}

/** A row of `invitations`: the columns of InvitationEntity. */
export type InvitationRow = Row<InvitationEntity>;

const PENDING_COLUMNS = ['id', 'inviteeId', 'inviterId', 'role', 'createdAt'] as const satisfies ReadonlyArray<ColumnOf<InvitationEntity>>;

/** A pending invitation as a target's owner sees it. */
export type PendingRow = Pick<InvitationRow, (typeof PENDING_COLUMNS)[number]>;

const COLUMNS = selectList(InvitationEntity);

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
  async insertPending(tx: Tx, input: NewInvitation): Promise<{ invitation: InvitationRow; created: boolean }> {
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
    const [existing] = await tx.query<InvitationRow>(
      `SELECT ${COLUMNS} FROM invitations WHERE kind = $1 AND target_id = $2 AND invitee_id = $3 AND status = 'pending'`,
      [input.kind, input.targetId, input.inviteeId],
    );
    if (!existing) throw new Error('The pending invitation that blocked the insert is gone');
    if (rankOf(input.role) > rankOf(existing.role)) {
      await tx.query(`UPDATE invitations SET role = $2, inviter_id = $3 WHERE id = $1`, [existing.id, input.role, input.inviterId]);
      Object.assign(existing, { role: input.role, inviterId: input.inviterId });
    }
    return { invitation: existing, created: false };
  }

  async byId(tx: Tx, id: string): Promise<InvitationRow> {
    const [invitation] = await tx.query<InvitationRow>(`SELECT ${COLUMNS} FROM invitations WHERE id = $1`, [id]);
    if (!invitation) throw new Error(`Invitation ${id} is missing`);
    return invitation;
  }

  /** The invitee's invitation, locked for the rest of the transaction. */
  async findForInviteeForUpdate(tx: Tx, id: string, inviteeId: string): Promise<InvitationRow | null> {
    const rows = await tx.query<InvitationRow>(`SELECT ${COLUMNS} FROM invitations WHERE id = $1 AND invitee_id = $2 FOR UPDATE`, [id, inviteeId]);
    return rows[0] ?? null;
  }

  async respond(tx: Tx, id: string, status: 'accepted' | 'declined'): Promise<void> {
    await tx.query(`UPDATE invitations SET status = $2, responded_at = now() WHERE id = $1`, [id, status]);
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
      `SELECT ${selectList(InvitationEntity, undefined, PENDING_COLUMNS)}
       FROM invitations WHERE kind = $1 AND target_id = $2 AND status = 'pending' ORDER BY created_at, id`,
      [kind, targetId],
    );
  }

  /** One pending invitation to this target, locked for the rest of the transaction; null if none. */
  async findPendingForTargetForUpdate(tx: Tx, kind: InvitationKind, targetId: string, id: string): Promise<InvitationRow | null> {
    const rows = await tx.query<InvitationRow>(
      `SELECT ${COLUMNS} FROM invitations WHERE id = $1 AND kind = $2 AND target_id = $3 AND status = 'pending' FOR UPDATE`,
      [id, kind, targetId],
    );
    return rows[0] ?? null;
  }

  async revoke(tx: Tx, id: string): Promise<void> {
    await tx.query(`UPDATE invitations SET status = 'revoked', responded_at = now() WHERE id = $1 AND status = 'pending'`, [id]);
  }

  /** Pending invitations of one user, newest first, `limit + 1` rows for the page. */
  pendingPage(q: Queryable, inviteeId: string, after: Keyset | null, limit: number): Promise<InvitationRow[]> {
    return q.query<InvitationRow>(
      `SELECT ${COLUMNS} FROM invitations
       WHERE invitee_id = $1 AND status = 'pending' AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC
       LIMIT $4`,
      [inviteeId, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
  }
}
