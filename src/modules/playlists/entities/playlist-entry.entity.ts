import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One track at one place in a playlist. `position` is a fractional index key: entries sort by it
 * byte-wise (COLLATE "C"), and a move or insert only writes the moved or inserted row.
 */
@Entity({ name: 'playlist_entries' })
@Unique('uq_playlist_entries_position', ['playlistId', 'position'])
@Index('ix_playlist_entries_track', ['trackId', 'playlistId'])
export class PlaylistEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_playlist_entries' })
  id: string;

  @Column({ name: 'playlist_id', type: 'uuid' })
  @ForeignKey('playlists', { name: 'fk_playlist_entries_playlist', onDelete: 'CASCADE' })
  playlistId: string;

  @Column({ name: 'track_id', type: 'uuid' })
  @ForeignKey('tracks', { name: 'fk_playlist_entries_track', onDelete: 'RESTRICT' })
  trackId: string;

  @Column({ type: 'text', collation: 'C' })
  position: string;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  @ForeignKey('users', { name: 'fk_playlist_entries_added_by', onDelete: 'SET NULL' })
  addedBy: string | null;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
