import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * Token bucket of one user's votes in one event. It lives in the database, beside the votes it limits: it is
 * updated under the event's row lock in the vote's own transaction, so it is exact across instances.
 */
@Entity({ name: 'event_vote_buckets' })
export class VoteBucketEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_vote_buckets' })
  @ForeignKey('events', { name: 'fk_event_vote_buckets_event', onDelete: 'CASCADE' })
  eventId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_vote_buckets' })
  @ForeignKey('users', { name: 'fk_event_vote_buckets_user', onDelete: 'CASCADE' })
  userId: string;

  @Column({ type: 'double precision' })
  tokens: number;

  @Column({ name: 'refilled_at', type: 'timestamptz', precision: 3 })
  refilledAt: Date;
}
