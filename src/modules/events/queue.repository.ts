import { Injectable } from '@nestjs/common';
import type { Keyset } from '../../common/pagination';
import type { EntryStatus } from './entities/event-entry.entity';
import { PreparedStatement, returningRows, type Queryable as Sql } from '../../infra/database';
import type { AcceptedLocation } from './vote-policy';
import type { TokenBucket } from './vote-rate-limit';
import type { TokenRate } from '../../common/rate-limit/token-bucket';

/** A vote for `voteAtOnce`: `bucket` is the voter's token bucket, null when the limit is off. */
export interface OneStatementVote {
  action: 'vote' | 'unvote';
  eventId: string;
  entryId: string;
  userId: string;
  now: Date;
  bucket: TokenRate | null;
}

/** `done` false: a check did not pass and nothing was written. `score`/`version` null: the vote changed nothing. */
export interface OneStatementVoteResult {
  done: boolean;
  score: number | null;
  previousScore: number | null;
  version: number | null;
}

export interface EntryRow {
  id: string;
  eventId: string;
  trackId: string;
  proposedBy: string | null;
  score: number;
  status: EntryStatus;
  proposedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  fromFallback: boolean;
}

const ENTRY_FIELDS: ReadonlyArray<readonly [string, keyof EntryRow]> = [
  ['id', 'id'],
  ['event_id', 'eventId'],
  ['track_id', 'trackId'],
  ['proposed_by', 'proposedBy'],
  ['score', 'score'],
  ['status', 'status'],
  ['proposed_at', 'proposedAt'],
  ['started_at', 'startedAt'],
  ['finished_at', 'finishedAt'],
  ['from_fallback', 'fromFallback'],
];

/** The columns of an entry row `x`, each named `prefix` + its EntryRow field (a prefix keeps them apart in a join). */
export const entryColumns = (prefix = ''): string => ENTRY_FIELDS.map(([column, field]) => `x.${column} AS "${prefix}${field}"`).join(', ');

/** The entry whose fields carry `prefix` in a row of a join, or null when the join found none. */
export function entryOf(row: Record<string, unknown>, prefix: string): EntryRow | null {
  if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return null;
  return Object.fromEntries(ENTRY_FIELDS.map(([, field]) => [field, row[`${prefix}${field}`]])) as unknown as EntryRow;
}

const ENTRY_COLUMNS = entryColumns();

/**
 * `at`, or 1 ms after the event's latest `column` when that is not earlier: under the event's lock this makes
 * proposal and play times strictly increasing, so the queue's tie-break and the history's order are the order
 * things happened in, even within one millisecond (and keyset cursors never meet a tie). `$1` is the event id.
 */
const strictlyAfterLast = (column: string, at: string, where: string): string =>
  `GREATEST(${at}::timestamptz, (SELECT max(${column}) + interval '1 millisecond' FROM event_entries WHERE event_id = $1 AND ${where}))`;

/** The queue's order: score desc, then proposed time asc (id breaks exact ties, so the order is total). */
export const QUEUE_ORDER = `x.score DESC, x.proposed_at ASC, x.id ASC`;

/** `voteAtOnce`'s statement, with `change` the write that adds or removes the vote (from the entry `gate` lets through). */
const voteAtOnceStatement = (change: string): PreparedStatement =>
  new PreparedStatement(
    `WITH e AS (
      SELECT id, owner_id, visibility, vote_license, geo_lat, geo_lng, geo_radius_meters, window_starts_at, window_ends_at
      FROM events WHERE id = $1::uuid FOR UPDATE
    ),
    m AS (SELECT 1 FROM event_members WHERE event_id = (SELECT id FROM e) AND user_id = $3::uuid FOR KEY SHARE),
    ok AS (
      SELECT e.id FROM e
      WHERE (e.owner_id = $3::uuid OR EXISTS (SELECT 1 FROM m) OR (e.visibility = 'public' AND e.vote_license = 'everyone'))
        AND (e.window_starts_at IS NULL OR e.window_ends_at IS NULL
             OR ($4::timestamptz >= e.window_starts_at AND $4::timestamptz < e.window_ends_at))
        AND ($8::boolean OR e.geo_lat IS NULL OR e.geo_lng IS NULL OR e.geo_radius_meters IS NULL)
    ),
    x AS (
      SELECT id, score FROM event_entries
      WHERE id = $2::uuid AND event_id = (SELECT id FROM ok) AND status = 'queued' FOR UPDATE
    ),
    bk AS (
      INSERT INTO event_vote_buckets AS b (event_id, user_id, tokens, refilled_at)
      SELECT $1::uuid, $3::uuid, $6::float8 - 1, $4::timestamptz FROM x WHERE $5::boolean
      ON CONFLICT (event_id, user_id) DO UPDATE
        SET tokens = LEAST($6::float8, b.tokens + (GREATEST(0, extract(epoch FROM ($4::timestamptz - b.refilled_at)) * 1000))::float8 * $7::float8) - 1,
            refilled_at = GREATEST(b.refilled_at, $4::timestamptz)
        WHERE LEAST($6::float8, b.tokens + (GREATEST(0, extract(epoch FROM ($4::timestamptz - b.refilled_at)) * 1000))::float8 * $7::float8) >= 1
      RETURNING 1
    ),
    gate AS (SELECT id FROM x WHERE NOT $5::boolean OR EXISTS (SELECT 1 FROM bk)),
    changed AS (${change}),
    s AS (UPDATE event_entries SET score = score + $9::int WHERE id = (SELECT entry_id FROM changed) RETURNING score),
    ev AS (UPDATE events SET version = version + 1 WHERE id = $1::uuid AND EXISTS (SELECT 1 FROM s) RETURNING version)
    SELECT EXISTS (SELECT 1 FROM gate) AS done, (SELECT score FROM s) AS score, (SELECT score FROM x) AS "previousScore",
           (SELECT version FROM ev) AS version`,
  );

/** Prepared: the vote path runs them at every vote, and planning this statement cost more than running it. */
const VOTE_AT_ONCE = voteAtOnceStatement(`INSERT INTO event_votes (entry_id, user_id) SELECT id, $3::uuid FROM gate ON CONFLICT DO NOTHING RETURNING entry_id`);
const UNVOTE_AT_ONCE = voteAtOnceStatement(`DELETE FROM event_votes WHERE entry_id = (SELECT id FROM gate) AND user_id = $3::uuid RETURNING entry_id`);

@Injectable()
export class QueueRepository {
  /** Null when the track already waits in this event's queue (the unique index decides, also under a race). */
  async insertEntry(sql: Sql, eventId: string, trackId: string, proposedBy: string, proposedAt: Date): Promise<EntryRow | null> {
    const rows = await sql.query<EntryRow>(
      `INSERT INTO event_entries AS x (event_id, track_id, proposed_by, proposed_at)
       VALUES ($1, $2, $3, ${strictlyAfterLast('proposed_at', '$4', 'TRUE')})
       ON CONFLICT (event_id, track_id) WHERE status IN ('queued', 'playing') DO NOTHING
       RETURNING ${ENTRY_COLUMNS}`,
      [eventId, trackId, proposedBy, proposedAt],
    );
    return rows[0] ?? null;
  }

  async waitingEntryOfTrack(sql: Sql, eventId: string, trackId: string): Promise<EntryRow | null> {
    const rows = await sql.query<EntryRow>(
      `SELECT ${ENTRY_COLUMNS} FROM event_entries x WHERE x.event_id = $1 AND x.track_id = $2 AND x.status IN ('queued', 'playing')`,
      [eventId, trackId],
    );
    return rows[0] ?? null;
  }

  async countQueuedBy(sql: Sql, eventId: string, userId: string): Promise<number> {
    const [row] = await sql.query<{ count: string }>(
      `SELECT count(*) AS count FROM event_entries WHERE event_id = $1 AND proposed_by = $2 AND status = 'queued'`,
      [eventId, userId],
    );
    return Number(row.count);
  }

  async lastPlayedAt(sql: Sql, eventId: string, trackId: string): Promise<Date | null> {
    const [row] = await sql.query<{ at: Date | null }>(
      `SELECT max(finished_at) AS at FROM event_entries WHERE event_id = $1 AND track_id = $2 AND status = 'played'`,
      [eventId, trackId],
    );
    return row.at;
  }

  /** Locks one entry of the event (taken after the event's lock). */
  async lockEntry(sql: Sql, eventId: string, entryId: string): Promise<EntryRow | null> {
    const rows = await sql.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM event_entries x WHERE x.id = $1 AND x.event_id = $2 FOR UPDATE`, [
      entryId,
      eventId,
    ]);
    return rows[0] ?? null;
  }

  /** Adds the vote and counts it, only if it was not there: the new score, or null when it already was. */
  async addVote(sql: Sql, entryId: string, userId: string): Promise<number | null> {
    const inserted = await sql.query(
      `INSERT INTO event_votes (entry_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING entry_id`,
      [entryId, userId],
    );
    if (inserted.length === 0) return null;
    const [row] = await returningRows<{ score: number }>(sql, `UPDATE event_entries SET score = score + 1 WHERE id = $1 RETURNING score`, [entryId]);
    return row.score;
  }

  /** Removes the vote and uncounts it, only if it was there: the new score, or null when there was none. */
  async removeVote(sql: Sql, entryId: string, userId: string): Promise<number | null> {
    const deleted = await returningRows(sql, `DELETE FROM event_votes WHERE entry_id = $1 AND user_id = $2 RETURNING entry_id`, [entryId, userId]);
    if (deleted.length === 0) return null;
    const [row] = await returningRows<{ score: number }>(sql, `UPDATE event_entries SET score = score - 1 WHERE id = $1 RETURNING score`, [entryId]);
    return row.score;
  }

  /**
   * A whole vote or unvote in one statement, for the common case: the event locked first, then the entry, then
   * the voter's bucket (the order every mutation takes); the caller may vote (owner, member, or a public event
   * open to everyone; no time window shut, no area for a vote); the entry waits in the queue; the bucket gives a
   * token; then the vote is added or removed, the score counted and the event's version bumped. `done` is false
   * when one of those checks did not pass: nothing was written, and the caller goes the long way, which says why.
   *
   * On PostgreSQL the statement reads at the snapshot it started with, but every row it decides on is read with a
   * lock (which waits for, and then sees, the latest committed version) and every counter is updated in place, so
   * `score` and `version` are the ones this vote made. A row added meanwhile (a new membership, a new entry) is
   * not seen: the vote then goes the long way, which reads it.
   */
  async voteAtOnce(sql: Sql, v: OneStatementVote): Promise<OneStatementVoteResult> {
    const [row] = await sql.query<OneStatementVoteResult>(
      v.action === 'vote' ? VOTE_AT_ONCE : UNVOTE_AT_ONCE,
      [v.eventId, v.entryId, v.userId, v.now, v.bucket !== null, v.bucket?.capacity ?? 0, (v.bucket?.perSecond ?? 0) / 1000, v.action === 'unvote', v.action === 'vote' ? 1 : -1],
    );
    return row;
  }

  async topQueued(sql: Sql, eventId: string): Promise<EntryRow | null> {
    const rows = await sql.query<EntryRow>(
      `SELECT ${ENTRY_COLUMNS} FROM event_entries x WHERE x.event_id = $1 AND x.status = 'queued' ORDER BY ${QUEUE_ORDER} LIMIT 1`,
      [eventId],
    );
    return rows[0] ?? null;
  }

  async onDeck(sql: Sql, eventId: string): Promise<EntryRow | null> {
    const rows = await sql.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM event_entries x WHERE x.event_id = $1 AND x.status = 'playing'`, [
      eventId,
    ]);
    return rows[0] ?? null;
  }

  async startPlaying(sql: Sql, entryId: string, at: Date): Promise<EntryRow> {
    const [row] = await returningRows<EntryRow>(
      sql,
      `UPDATE event_entries x SET status = 'playing', started_at = $2 WHERE x.id = $1 RETURNING ${ENTRY_COLUMNS}`,
      [entryId, at],
    );
    return row;
  }

  /** Its skip votes go with it: they count only while an entry is on the deck. */
  async finish(sql: Sql, eventId: string, entryId: string, status: 'played' | 'removed', at: Date): Promise<void> {
    await sql.query(
      `UPDATE event_entries SET status = $3, finished_at = ${strictlyAfterLast('finished_at', '$4', `status = 'played'`)}
       WHERE id = $2`,
      [eventId, entryId, status, at],
    );
    await sql.query(`DELETE FROM event_skip_votes WHERE entry_id = $1`, [entryId]);
  }

  /** A track of the fallback playlist, straight onto the deck (nobody proposed it). */
  async startFallbackEntry(sql: Sql, eventId: string, trackId: string, at: Date): Promise<EntryRow> {
    const [row] = await sql.query<EntryRow>(
      `INSERT INTO event_entries AS x (event_id, track_id, proposed_by, proposed_at, status, started_at, from_fallback)
       VALUES ($1, $2, NULL, ${strictlyAfterLast('proposed_at', '$3', 'TRUE')}, 'playing', $3, TRUE)
       RETURNING ${ENTRY_COLUMNS}`,
      [eventId, trackId, at],
    );
    return row;
  }

  /** Played entries, most recently played first; `limit + 1` rows. The keyset is (finished_at, id). */
  historyPage(sql: Sql, eventId: string, after: Keyset | null, limit: number): Promise<EntryRow[]> {
    return sql.query<EntryRow>(
      `SELECT ${ENTRY_COLUMNS} FROM event_entries x
       WHERE x.event_id = $1 AND x.status = 'played'
         AND ($2::timestamptz IS NULL OR (x.finished_at, x.id) < ($2::timestamptz, $3::uuid))
       ORDER BY x.finished_at DESC, x.id DESC LIMIT $4`,
      [eventId, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
  }

  /** Track ids of the history in the order they played. */
  async playedTrackIds(sql: Sql, eventId: string): Promise<string[]> {
    const rows = await sql.query<{ trackId: string }>(
      `SELECT track_id AS "trackId" FROM event_entries WHERE event_id = $1 AND status = 'played' ORDER BY finished_at, id`,
      [eventId],
    );
    return rows.map((r) => r.trackId);
  }

  async bucket(sql: Sql, eventId: string, userId: string): Promise<TokenBucket | null> {
    const rows = await sql.query<TokenBucket>(
      `SELECT tokens, refilled_at AS "refilledAt" FROM event_vote_buckets WHERE event_id = $1 AND user_id = $2`,
      [eventId, userId],
    );
    return rows[0] ?? null;
  }

  async saveBucket(sql: Sql, eventId: string, userId: string, bucket: TokenBucket): Promise<void> {
    await sql.query(
      `INSERT INTO event_vote_buckets (event_id, user_id, tokens, refilled_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id, user_id) DO UPDATE SET tokens = excluded.tokens, refilled_at = excluded.refilled_at`,
      [eventId, userId, bucket.tokens, bucket.refilledAt],
    );
  }

  /** The user's last accepted location, locked: two located votes of one user are checked one after the other. */
  async lockLastLocation(sql: Sql, userId: string): Promise<AcceptedLocation | null> {
    const rows = await sql.query<AcceptedLocation>(
      `SELECT lat, lng, accuracy_meters AS "accuracyMeters", recorded_at AS "at" FROM event_voter_positions WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    return rows[0] ?? null;
  }

  async saveLocation(sql: Sql, userId: string, location: AcceptedLocation): Promise<void> {
    await sql.query(
      `INSERT INTO event_voter_positions (user_id, lat, lng, accuracy_meters, recorded_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id) DO UPDATE
         SET lat = excluded.lat, lng = excluded.lng, accuracy_meters = excluded.accuracy_meters, recorded_at = excluded.recorded_at`,
      [userId, location.lat, location.lng, location.accuracyMeters, location.at],
    );
  }
}
