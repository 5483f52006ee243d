import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A track of the fallback playlist already played in the current rotation (cleared when it is exhausted). */
@Entity({ name: 'event_fallback_plays' })
export class FallbackPlayEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_fallback_plays' })
  @ForeignKey('events', { name: 'fk_event_fallback_plays_event', onDelete: 'CASCADE' })
  eventId: string;

  @PrimaryColumn({ name: 'track_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_fallback_plays' })
  @ForeignKey('tracks', { name: 'fk_event_fallback_plays_track', onDelete: 'CASCADE' })
  trackId: string;

  @Column({ name: 'played_at', type: 'timestamptz', precision: 3 })
  playedAt: Date;
}
