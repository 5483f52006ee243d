import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable as Sql } from '../../infra/database';

/** Crowd-skip votes for the entry on the deck (they are deleted when it leaves the deck). */
@Injectable()
export class SkipVotesRepository {
  /** True when the vote was not there yet. */
  async add(sql: Sql, entryId: string, userId: string): Promise<boolean> {
    const rows = await sql.query(`INSERT INTO event_skip_votes (entry_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING entry_id`, [
      entryId,
      userId,
    ]);
    return rows.length > 0;
  }

  /** True when there was a vote to remove. */
  async remove(sql: Sql, entryId: string, userId: string): Promise<boolean> {
    const rows = await returningRows(sql, `DELETE FROM event_skip_votes WHERE entry_id = $1 AND user_id = $2 RETURNING entry_id`, [entryId, userId]);
    return rows.length > 0;
  }

  async tally(sql: Sql, entryId: string, userId: string): Promise<{ votes: number; votedByMe: boolean }> {
    const [row] = await sql.query<{ votes: string; mine: string }>(
      `SELECT count(*) AS votes, count(*) FILTER (WHERE user_id = $2) AS mine FROM event_skip_votes WHERE entry_id = $1`,
      [entryId, userId],
    );
    return { votes: Number(row.votes), votedByMe: Number(row.mine) > 0 };
  }
}
