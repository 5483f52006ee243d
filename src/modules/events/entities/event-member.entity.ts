import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type EventMemberRole = 'host' | 'guest';

/** A user who accepted an invitation to an event (the owner is not a member row). */
@Entity({ name: 'event_members' })
@Check('chk_event_members_role', `role IN ('host', 'guest')`)
@Index('ix_event_members_user', ['userId'])
export class EventMemberEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_members' })
  @ForeignKey('events', { name: 'fk_event_members_event', onDelete: 'CASCADE' })
  eventId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_members' })
  @ForeignKey('users', { name: 'fk_event_members_user', onDelete: 'CASCADE' })
  userId: string;

  @Column({ type: 'text' })
  role: EventMemberRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
