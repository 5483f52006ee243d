import { CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A user who joined a public event: they follow it live (and vote under licence `everyone`). */
@Entity({ name: 'event_listeners' })
@Index('ix_event_listeners_user', ['userId'])
export class EventListenerEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_listeners' })
  @ForeignKey('events', { name: 'fk_event_listeners_event', onDelete: 'CASCADE' })
  eventId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_listeners' })
  @ForeignKey('users', { name: 'fk_event_listeners_user', onDelete: 'CASCADE' })
  userId: string;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz', precision: 3 })
  joinedAt: Date;
}
