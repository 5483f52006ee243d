import { CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** One member's vote for one entry: the primary key makes a second vote a no-op. */
@Entity({ name: 'event_votes' })
@Index('ix_event_votes_user', ['userId'])
export class EventVoteEntity {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_votes' })
  @ForeignKey('event_entries', { name: 'fk_event_votes_entry', onDelete: 'CASCADE' })
  entryId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_votes' })
  @ForeignKey('users', { name: 'fk_event_votes_user', onDelete: 'CASCADE' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
