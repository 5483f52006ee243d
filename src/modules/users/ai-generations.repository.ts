import { Injectable } from '@nestjs/common';
import type { Queryable } from './user-account';

@Injectable()
export class AiGenerationsRepository {
  /** Generations in the last 24 hours, and when the oldest of them leaves that window. */
  async usedInLastDay(q: Queryable, userId: string): Promise<{ count: number; oldest: Date | null }> {
    const rows = await q.query<{ count: number; oldest: Date | null }>(
      `SELECT count(*)::int AS count, min(created_at) AS oldest FROM ai_avatar_generations
       WHERE user_id = $1 AND created_at > now() - interval '1 day'`,
      [userId],
    );
    return rows[0] ?? { count: 0, oldest: null };
  }

  async insert(q: Queryable, userId: string): Promise<string> {
    const rows = await q.query<{ id: string }>('INSERT INTO ai_avatar_generations (user_id) VALUES ($1) RETURNING id', [userId]);
    return rows[0].id;
  }

  async delete(q: Queryable, id: string): Promise<void> {
    await q.query('DELETE FROM ai_avatar_generations WHERE id = $1', [id]);
  }
}
