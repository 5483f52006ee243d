import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * Music Control Delegation: the owner lets a friend (or a host) control playback, from all of their devices
 * or only from the sessions listed in `event_delegate_devices`.
 */
@Entity({ name: 'event_delegates' })
export class EventDelegateEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_delegates' })
  @ForeignKey('events', { name: 'fk_event_delegates_event', onDelete: 'CASCADE' })
  eventId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_delegates' })
  @ForeignKey('users', { name: 'fk_event_delegates_user', onDelete: 'CASCADE' })
  userId: string;

  /** True: every device of the delegate. False: only the sessions in `event_delegate_devices`. */
  @Column({ name: 'all_devices', type: 'boolean', default: true })
  allDevices: boolean;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz', precision: 3 })
  grantedAt: Date;
}
