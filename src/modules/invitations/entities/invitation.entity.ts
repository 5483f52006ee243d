import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export type InvitationKind = 'event' | 'playlist';
export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked';

@Entity({ name: 'invitations' })
@Check('ck_invitations_kind', `kind IN ('event', 'playlist')`)
@Check('ck_invitations_status', `status IN ('pending', 'accepted', 'declined', 'revoked')`)
@Index('uq_invitations_pending', ['kind', 'targetId', 'inviteeId'], { unique: true, where: "status = 'pending'" })
@Index('ix_invitations_invitee_pending', ['inviteeId', 'createdAt'], { where: "status = 'pending'" })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_invitations' })
  id: string;

  @Column({ type: 'text' })
  kind: InvitationKind;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ name: 'inviter_id', type: 'uuid' })
  inviterId: string;

  // By entity name: the users module owns the table, and modules do not import each other's entities.
  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inviter_id', foreignKeyConstraintName: 'fk_invitations_inviter' })
  inviter?: unknown;

  @Column({ name: 'invitee_id', type: 'uuid' })
  inviteeId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitee_id', foreignKeyConstraintName: 'fk_invitations_invitee' })
  invitee?: unknown;

  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ type: 'text', default: 'pending' })
  status: InvitationStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}
