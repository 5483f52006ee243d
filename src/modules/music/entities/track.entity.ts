import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { MusicProviderId } from '../music-provider';

/**
 * A track someone queued or added to a playlist: the stable row events and playlists reference.
 * Expiring preview URLs (Deezer) and derived ones (bundled) are not stored; they are filled in on read.
 */
@Entity({ name: 'tracks' })
@Unique('UQ_tracks_provider_track', ['provider', 'providerTrackId'])
export class TrackEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_tracks' })
  id: string;

  @Column({ type: 'text' })
  provider: MusicProviderId;

  @Column({ type: 'text', name: 'provider_track_id' })
  providerTrackId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  artist: string;

  @Column({ type: 'text', nullable: true })
  album: string | null;

  @Column({ type: 'integer', name: 'duration_ms' })
  durationMs: number;

  @Column({ type: 'text', name: 'artwork_url', nullable: true })
  artworkUrl: string | null;

  @Column({ type: 'text', name: 'preview_url', nullable: true })
  previewUrl: string | null;

  @Column({ type: 'text', name: 'external_url', nullable: true })
  externalUrl: string | null;

  @Column({ type: 'text', nullable: true })
  license: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
