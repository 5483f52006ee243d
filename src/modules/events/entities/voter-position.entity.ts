import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A user's last location accepted by a geo check (any event): the base of the travel-speed plausibility check. */
@Entity({ name: 'event_voter_positions' })
export class VoterPositionEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_event_voter_positions' })
  @ForeignKey('users', { name: 'fk_event_voter_positions_user', onDelete: 'CASCADE' })
  userId: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  @Column({ name: 'accuracy_meters', type: 'double precision' })
  accuracyMeters: number;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3 })
  recordedAt: Date;
}
