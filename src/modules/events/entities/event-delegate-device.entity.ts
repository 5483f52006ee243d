import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { EventDelegateEntity } from './event-delegate.entity';

/** One device (session) a narrowed delegation grant covers. Ends with the grant or the session. */
@Entity({ name: 'event_delegate_devices' })
@ForeignKey(() => EventDelegateEntity, ['eventId', 'userId'], ['eventId', 'userId'], { name: 'fk_event_delegate_devices_grant', onDelete: 'CASCADE' })
@Index('ix_event_delegate_devices_session', ['sessionId'])
export class EventDelegateDeviceEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_delegate_devices' })
  eventId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_delegate_devices' })
  userId: string;

  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_delegate_devices' })
  @ForeignKey('auth_sessions', { name: 'fk_event_delegate_devices_session', onDelete: 'CASCADE' })
  sessionId: string;
}
