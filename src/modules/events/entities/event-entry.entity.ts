import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** `queued` waits and takes votes; `playing` is on the deck (playing or paused); `played` is history. */
export type EntryStatus = 'queued' | 'playing' | 'played' | 'removed';

/** A proposed track in an event's queue. `score` is a counter kept equal to the entry's `event_votes` rows. */
@Entity({ name: 'event_entries' })
@Check('chk_event_entries_status', `status IN ('queued', 'playing', 'played', 'removed')`)
@Check('chk_event_entries_score', `score >= 0`)
// One waiting entry per track: once played or removed, the track may be proposed again (after the cooldown).
@Index('uq_event_entries_waiting_track', ['eventId', 'trackId'], { unique: true, where: `status IN ('queued', 'playing')` })
@Index('uq_event_entries_on_deck', ['eventId'], { unique: true, where: `status = 'playing'` })
@Index('ix_event_entries_history', ['eventId', 'finishedAt', 'id'], { where: `status = 'played'` })
@Index('ix_event_entries_played_track', ['eventId', 'trackId', 'finishedAt'], { where: `status = 'played'` })
export class EventEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_event_entries' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  @ForeignKey('events', { name: 'fk_event_entries_event', onDelete: 'CASCADE' })
  eventId: string;

  @Column({ name: 'track_id', type: 'uuid' })
  @ForeignKey('tracks', { name: 'fk_event_entries_track', onDelete: 'RESTRICT' })
  trackId: string;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'fk_event_entries_proposed_by', onDelete: 'SET NULL' })
  proposedBy: string | null;

  @Column({ type: 'integer', default: 0 })
  score: number;

  @Column({ type: 'text', default: 'queued' })
  status: EntryStatus;

  @Column({ name: 'proposed_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  proposedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  /** Started from the event's fallback playlist because the queue was empty (proposedBy is then null). */
  @Column({ name: 'from_fallback', type: 'boolean', default: false })
  fromFallback: boolean;

  /** When it was played to the end (or skipped) or removed. */
  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}
