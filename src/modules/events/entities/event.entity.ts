import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export type EventVisibility = 'public' | 'private';
export type EventVoteLicense = 'everyone' | 'invited';
export type PlaybackState = 'playing' | 'paused';

/**
 * An event and its server-owned playback state. The row is the event's lock: every mutation of the event,
 * its members or its queue takes it `FOR UPDATE` first and bumps `version` before committing.
 */
@Entity({ name: 'events' })
@Check('chk_events_visibility', `visibility IN ('public', 'private')`)
@Check('chk_events_vote_license', `vote_license IN ('everyone', 'invited')`)
@Check('chk_events_geo', `(geo_lat IS NULL) = (geo_lng IS NULL) AND (geo_lat IS NULL) = (geo_radius_meters IS NULL)`)
@Check('chk_events_window', `(window_starts_at IS NULL) = (window_ends_at IS NULL) AND (window_starts_at IS NULL OR window_starts_at < window_ends_at)`)
@Check('chk_events_max_proposals', `max_proposals_per_user >= 1`)
@Check('chk_events_playback_state', `playback_state IS NULL OR playback_state IN ('playing', 'paused')`)
@Index('ix_events_public_created', ['createdAt', 'id'], { where: `visibility = 'public'` })
@Index('ix_events_owner_created', ['ownerId', 'createdAt', 'id'])
@Check('chk_events_max_track_duration', `max_track_duration_ms IS NULL OR max_track_duration_ms > 0`)
@Check('chk_events_skip_threshold', `skip_threshold IS NULL OR skip_threshold >= 1`)
@Index('uq_events_code', ['code'], { unique: true })
@Index('ix_events_playback_deadline', ['playbackDeadlineAt'], { where: `playback_deadline_at IS NOT NULL` })
@Index('ix_events_public_geo', ['geoLat', 'geoLng'], { where: `visibility = 'public' AND geo_lat IS NOT NULL` })
export class EventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_events' })
  id: string;

  // An event goes with its owner's account: there is no ownership transfer.
  @Column({ name: 'owner_id', type: 'uuid' })
  @ForeignKey('users', { name: 'fk_events_owner', onDelete: 'CASCADE' })
  ownerId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  visibility: EventVisibility;

  @Column({ name: 'vote_license', type: 'text' })
  voteLicense: EventVoteLicense;

  @Column({ name: 'geo_lat', type: 'double precision', nullable: true })
  geoLat: number | null;

  @Column({ name: 'geo_lng', type: 'double precision', nullable: true })
  geoLng: number | null;

  @Column({ name: 'geo_radius_meters', type: 'integer', nullable: true })
  geoRadiusMeters: number | null;

  @Column({ name: 'window_starts_at', type: 'timestamptz', precision: 3, nullable: true })
  windowStartsAt: Date | null;

  @Column({ name: 'window_ends_at', type: 'timestamptz', precision: 3, nullable: true })
  windowEndsAt: Date | null;

  @Column({ name: 'max_proposals_per_user', type: 'integer', default: 3 })
  maxProposalsPerUser: number;

  /** Null when nothing is on the deck; the entry on the deck is the one with status `playing`. */
  @Column({ name: 'playback_state', type: 'text', nullable: true })
  playbackState: PlaybackState | null;

  /** Position at `playbackUpdatedAt`; while playing, the position now is that plus the time elapsed since. */
  @Column({ name: 'playback_position_ms', type: 'integer', default: 0 })
  playbackPositionMs: number;

  @Column({ name: 'playback_updated_at', type: 'timestamptz', precision: 3, nullable: true })
  playbackUpdatedAt: Date | null;

  @Column({ name: 'playback_controlled_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'fk_events_playback_controlled_by', onDelete: 'SET NULL' })
  playbackControlledBy: string | null;

  /** The player device: the one session that plays the event's audio (PUT /events/:id/player). */
  @Column({ name: 'player_session_id', type: 'uuid', nullable: true })
  @ForeignKey('auth_sessions', { name: 'fk_events_player_session', onDelete: 'SET NULL' })
  @Index('ix_events_player_session')
  playerSessionId: string | null;

  /**
   * When the server advances by itself: the end of the playing track plus the grace. Null unless playing.
   * Written by the same UPDATE as the playback state, so it is never stale (see the auto-advance poller).
   */
  @Column({ name: 'playback_deadline_at', type: 'timestamptz', precision: 3, nullable: true })
  playbackDeadlineAt: Date | null;

  /** The short join code (6 to 8 characters of EVENT_CODE_ALPHABET); the owner can regenerate it. */
  @Column({ type: 'text' })
  code: string;

  /** When the queue runs dry the next track comes from this playlist, shuffled, without repeats. */
  @Column({ name: 'fallback_playlist_id', type: 'uuid', nullable: true })
  @ForeignKey('playlists', { name: 'fk_events_fallback_playlist', onDelete: 'SET NULL' })
  fallbackPlaylistId: string | null;

  @Column({ name: 'max_track_duration_ms', type: 'integer', nullable: true })
  maxTrackDurationMs: number | null;

  /** Skip votes that skip the playing track; null means half the connected listeners, at least 3. */
  @Column({ name: 'skip_threshold', type: 'integer', nullable: true })
  skipThreshold: number | null;

  /** Lets a private event be joined with its code (the joiner becomes a guest). */
  @Column({ name: 'join_by_link', type: 'boolean', default: false })
  joinByLink: boolean;

  @Column({ type: 'integer', default: 0 })
  version: number;

  // Millisecond precision so a (created_at, id) cursor round-trips through a JS Date exactly.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
