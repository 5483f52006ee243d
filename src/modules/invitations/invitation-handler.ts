import type { Row, Tx } from '../../infra/database';
import type { InvitationEntity, InvitationKind } from './entities/invitation.entity';

export interface InvitationTarget {
  name: string;
}

/** What the module that owns a kind of target (events, playlists) does for its invitations. */
export interface InvitationHandler {
  /** Names of the targets to show in the inbox; a target missing from the map is no longer shown. */
  describeTargets(targetIds: string[], tx: Tx): Promise<Map<string, InvitationTarget>>;
  /** Makes the invitee a member, inside the transaction that marks the invitation accepted. */
  accept(tx: Tx, invitation: InvitationRecord): Promise<void>;
}

export type InvitationRecord = Pick<Row<InvitationEntity>, 'id' | 'kind' | 'targetId' | 'inviterId' | 'inviteeId' | 'role' | 'createdAt'>;
export type { InvitationKind };
