import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** Music Control Delegation: a participant the owner lets control playback, optionally from one device only. */
@Entity({ name: 'event_delegates' })
export class EventDelegateEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_delegates' })
  @ForeignKey('events', { name: 'fk_event_delegates_event', onDelete: 'CASCADE' })
  eventId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_delegates' })
  @ForeignKey('users', { name: 'fk_event_delegates_user', onDelete: 'CASCADE' })
  userId: string;

  /** When set, only requests carrying this `X-Client-Device` may control playback. */
  @Column({ name: 'device_id', type: 'text', nullable: true })
  deviceId: string | null;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz', precision: 3 })
  grantedAt: Date;
}
