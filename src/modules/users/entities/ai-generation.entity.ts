import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Column } from 'typeorm';

/** One AI avatar generation that reached the provider: what the daily quota counts. */
@Entity({ name: 'ai_avatar_generations' })
@Index('IDX_ai_avatar_generations_user_created', ['userId', 'createdAt'])
export class AiAvatarGenerationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_ai_avatar_generations' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_ai_avatar_generations_user' })
  user?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
