import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** One row per pair, stored in canonical order (user_low < user_high) so a pair can exist only once. */
@Entity({ name: 'friendships' })
@Check('CHK_friendships_ordered', `"user_low" < "user_high"`)
@Index('IDX_friendships_user_high', ['userHigh'])
export class FriendshipEntity {
  @PrimaryColumn({ name: 'user_low', type: 'uuid', primaryKeyConstraintName: 'PK_friendships' })
  userLow: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_low', foreignKeyConstraintName: 'FK_friendships_user_low' })
  low?: unknown;

  @PrimaryColumn({ name: 'user_high', type: 'uuid', primaryKeyConstraintName: 'PK_friendships' })
  userHigh: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_high', foreignKeyConstraintName: 'FK_friendships_user_high' })
  high?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
