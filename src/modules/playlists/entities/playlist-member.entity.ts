import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type PlaylistMemberRole = 'editor';

/** A user who accepted an invitation to a playlist (the owner is not a member row). */
@Entity({ name: 'playlist_members' })
@Index('ix_playlist_members_user', ['userId'])
export class PlaylistMemberEntity {
  @PrimaryColumn({ name: 'playlist_id', type: 'uuid', primaryKeyConstraintName: 'pk_playlist_members' })
  @ForeignKey('playlists', { name: 'fk_playlist_members_playlist', onDelete: 'CASCADE' })
  playlistId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_playlist_members' })
  @ForeignKey('users', { name: 'fk_playlist_members_user', onDelete: 'CASCADE' })
  userId: string;

  @Column({ type: 'text', default: 'editor' })
  role: PlaylistMemberRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
