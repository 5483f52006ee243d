import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PlaylistVisibility = 'public' | 'private';
export type PlaylistEditLicense = 'everyone' | 'invited';

@Entity({ name: 'playlists' })
@Check('chk_playlists_visibility', `visibility IN ('public', 'private')`)
@Check('chk_playlists_edit_license', `edit_license IN ('everyone', 'invited')`)
@Index('ix_playlists_public_created', ['createdAt', 'id'], { where: `visibility = 'public'` })
@Index('ix_playlists_owner_created', ['ownerId', 'createdAt', 'id'])
export class PlaylistEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_playlists' })
  id: string;

  // A playlist goes with its owner's account: there is no ownership transfer.
  @Column({ name: 'owner_id', type: 'uuid' })
  @ForeignKey('users', { name: 'fk_playlists_owner', onDelete: 'CASCADE' })
  ownerId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  visibility: PlaylistVisibility;

  @Column({ name: 'edit_license', type: 'text' })
  editLicense: PlaylistEditLicense;

  @Column({ name: 'allow_duplicates', type: 'boolean', default: true })
  allowDuplicates: boolean;

  @Column({ type: 'integer', default: 0 })
  version: number;

  // Millisecond precision so a (created_at, id) cursor round-trips through a JS Date exactly.
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
