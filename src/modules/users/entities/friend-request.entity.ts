import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A pending friend request; accepting, declining or cancelling deletes it. */
@Entity({ name: 'friend_requests' })
@Check('CHK_friend_requests_not_self', `"requester_id" <> "addressee_id"`)
@Index('UQ_friend_requests_pair', ['requesterId', 'addresseeId'], { unique: true })
@Index('IDX_friend_requests_addressee', ['addresseeId', 'createdAt', 'id'])
export class FriendRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_friend_requests' })
  id: string;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_id', foreignKeyConstraintName: 'FK_friend_requests_requester' })
  requester?: unknown;

  @Column({ name: 'addressee_id', type: 'uuid' })
  addresseeId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'addressee_id', foreignKeyConstraintName: 'FK_friend_requests_addressee' })
  addressee?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
