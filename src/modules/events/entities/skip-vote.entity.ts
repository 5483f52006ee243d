import { CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A vote to skip the entry on the deck. Votes belong to the entry, so they reset when the track changes. */
@Entity({ name: 'event_skip_votes' })
export class SkipVoteEntity {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_skip_votes' })
  @ForeignKey('event_entries', { name: 'fk_event_skip_votes_entry', onDelete: 'CASCADE' })
  entryId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_skip_votes' })
  @ForeignKey('users', { name: 'fk_event_skip_votes_user', onDelete: 'CASCADE' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
