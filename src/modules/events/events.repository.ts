import { Injectable } from '@nestjs/common';
import type { Keyset } from '../../common/pagination';
import { EventEntity, type EventVisibility, type EventVoteLicense, type PlaybackState } from './entities/event.entity';
import type { EventMemberRole } from './entities/event-member.entity';
import { columnProperties, PreparedStatement, returningRows, selectList, type Queryable as Sql, type Row } from '../../infra/database';
import { entryColumns, entryOf, QUEUE_ORDER, type EntryRow } from './queue.repository';
import type { GrantDevices } from './delegations.repository';
import type { LatLng } from './geo';
import type { BoundingBox, NearbyKeyset } from './nearby';

/** A row of `events`: the columns of EventEntity. */
export type EventRow = Row<EventEntity>;

export interface NewEvent {
  ownerId: string;
  name: string;
  description: string;
  visibility: EventVisibility;
  voteLicense: EventVoteLicense;
  geo: { lat: number; lng: number; radiusMeters: number } | null;
  window: { startsAt: Date; endsAt: Date } | null;
  maxProposalsPerUser: number;
  fallbackPlaylistId: string | null;
  maxTrackDurationMs: number | null;
  skipThreshold: number | null;
  joinByLink: boolean;
}

export type EventSettings = Omit<NewEvent, 'ownerId'>;

/** Where a user stands in an event. */
export interface Participation {
  memberRole: EventMemberRole | null;
  isListener: boolean;
  /** A Music Control Delegation grant: every device of the user, or only these sessions. */
  delegate: { devices: GrantDevices } | null;
}

/** The event's page for one user, from one snapshot (`EventsRepository.snapshot`). */
export interface EventSnapshot {
  event: EventRow;
  participation: Participation;
  listenerCount: number;
  queued: Array<{ entry: EntryRow; votedByMe: boolean }>;
  onDeck: EntryRow | null;
}

export interface PlaybackFields {
  state: PlaybackState | null;
  positionMs: number;
  updatedAt: Date | null;
  controlledBy: string | null;
  /** When the server advances by itself; null unless playing. */
  deadlineAt: Date | null;
}

export interface NearbyRow extends EventRow {
  distanceMeters: number;
}

const EVENT_COLUMNS = selectList(EventEntity, 'e');
const EVENT_FIELDS = columnProperties(EventEntity);
/** Prepared: a room's audience is read with it before frames are delivered (on PostgreSQL, once per frame or per pile of them). */
const EVENT_BY_ID = new PreparedStatement(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = $1`);

interface ParticipationRow {
  memberRole: EventMemberRole | null;
  isListener: boolean;
  isDelegate: boolean;
  allDevices: boolean;
  sessionIds: string[];
}

/** The user's participation in the event of `me` (event_id, user_id), with PARTICIPATION_JOINS after `FROM … me`. */
const PARTICIPATION_COLUMNS = `m.role AS "memberRole", l.user_id IS NOT NULL AS "isListener", d.user_id IS NOT NULL AS "isDelegate",
  COALESCE(d.all_devices, false) AS "allDevices",
  ARRAY(SELECT dd.session_id::text FROM event_delegate_devices dd WHERE dd.event_id = me.event_id AND dd.user_id = me.user_id) AS "sessionIds"`;
const PARTICIPATION_JOINS = `
  LEFT JOIN event_members m ON m.event_id = me.event_id AND m.user_id = me.user_id
  LEFT JOIN event_listeners l ON l.event_id = me.event_id AND l.user_id = me.user_id
  LEFT JOIN event_delegates d ON d.event_id = me.event_id AND d.user_id = me.user_id`;

/**
 * Prepared, like EVENT_BY_ID: the event page (`GET /api/events/:id`, and every mutation that answers with it)
 * and the participation check (see bench/results/changes.md for what planning them at every call cost).
 */
const PARTICIPATION = new PreparedStatement(`SELECT ${PARTICIPATION_COLUMNS} FROM (SELECT $1::uuid AS event_id, $2::uuid AS user_id) me ${PARTICIPATION_JOINS}`);
const SNAPSHOT = new PreparedStatement(
  `SELECT ${EVENT_COLUMNS}, ${PARTICIPATION_COLUMNS},
          (SELECT count(*)::int FROM event_listeners WHERE event_id = e.id) AS "listenerCount",
          ${entryColumns('entry.')},
          EXISTS (SELECT 1 FROM event_votes v WHERE v.entry_id = x.id AND v.user_id = $2::uuid) AS "votedByMe"
   FROM events e
   CROSS JOIN LATERAL (SELECT e.id AS event_id, $2::uuid AS user_id) me ${PARTICIPATION_JOINS}
   LEFT JOIN event_entries x ON x.event_id = e.id AND x.status IN ('queued', 'playing')
   WHERE e.id = $1::uuid
   ORDER BY x.status = 'playing', ${QUEUE_ORDER}`,
);

function participationOf(row: ParticipationRow): Participation {
  const delegate = row.isDelegate ? { devices: row.allDevices ? ('all' as const) : row.sessionIds } : null;
  return { memberRole: row.memberRole, isListener: row.isListener, delegate };
}

const settingsParams = (s: EventSettings): unknown[] => [
  s.name,
  s.description,
  s.visibility,
  s.voteLicense,
  s.geo?.lat ?? null,
  s.geo?.lng ?? null,
  s.geo?.radiusMeters ?? null,
  s.window?.startsAt ?? null,
  s.window?.endsAt ?? null,
  s.maxProposalsPerUser,
  s.fallbackPlaylistId,
  s.maxTrackDurationMs,
  s.skipThreshold,
  s.joinByLink,
];

@Injectable()
export class EventsRepository {
  /** Null when `code` is taken (the unique index decides): the caller draws another one. */
  async insert(sql: Sql, input: NewEvent, code: string): Promise<EventRow | null> {
    const rows = await sql.query<EventRow>(
      `INSERT INTO events AS e (name, description, visibility, vote_license, geo_lat, geo_lng, geo_radius_meters,
         window_starts_at, window_ends_at, max_proposals_per_user, fallback_playlist_id, max_track_duration_ms,
         skip_threshold, join_by_link, owner_id, code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (code) DO NOTHING
       RETURNING ${EVENT_COLUMNS}`,
      [...settingsParams(input), input.ownerId, code],
    );
    return rows[0] ?? null;
  }

  /** False when `code` is taken by another event. */
  async setCode(sql: Sql, id: string, code: string): Promise<boolean> {
    const rows = await returningRows(
      sql,
      `UPDATE events SET code = $2, updated_at = now() WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM events WHERE code = $2) RETURNING id`,
      [id, code],
    );
    return rows.length > 0;
  }

  async findByCode(sql: Sql, code: string): Promise<EventRow | null> {
    const rows = await sql.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.code = $1`, [code]);
    return rows[0] ?? null;
  }

  async findById(sql: Sql, id: string): Promise<EventRow | null> {
    const rows = await sql.query<EventRow>(EVENT_BY_ID, [id]);
    return rows[0] ?? null;
  }

  async memberIds(sql: Sql, eventId: string): Promise<string[]> {
    const rows = await sql.query<{ userId: string }>('SELECT user_id AS "userId" FROM event_members WHERE event_id = $1', [eventId]);
    return rows.map((r) => r.userId);
  }

  /** Locks the event row: the first lock of every mutation of the event, so they never deadlock. */
  async lockById(sql: Sql, id: string): Promise<EventRow | null> {
    const rows = await sql.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Locks one event whose auto-advance deadline has passed, skipping events another transaction holds (another
   * instance advancing it, or a command in flight that will move the deadline anyway). The event row is the
   * first lock, as for every mutation, so this never deadlocks with them.
   */
  async lockDue(sql: Sql, now: Date): Promise<EventRow | null> {
    const rows = await sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.playback_deadline_at <= $1
       ORDER BY e.playback_deadline_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [now],
    );
    return rows[0] ?? null;
  }

  async clearDeadline(sql: Sql, id: string): Promise<void> {
    await sql.query(`UPDATE events SET playback_deadline_at = NULL WHERE id = $1`, [id]);
  }

  async updateSettings(sql: Sql, id: string, settings: EventSettings): Promise<void> {
    await sql.query(
      `UPDATE events SET name = $1, description = $2, visibility = $3, vote_license = $4, geo_lat = $5, geo_lng = $6,
         geo_radius_meters = $7, window_starts_at = $8, window_ends_at = $9, max_proposals_per_user = $10,
         fallback_playlist_id = $11, max_track_duration_ms = $12, skip_threshold = $13, join_by_link = $14, updated_at = now()
       WHERE id = $15`,
      [...settingsParams(settings), id],
    );
  }

  async setVersion(sql: Sql, id: string, version: number): Promise<void> {
    await sql.query(`UPDATE events SET version = $2 WHERE id = $1`, [id, version]);
  }

  async setPlayback(sql: Sql, id: string, playback: PlaybackFields): Promise<void> {
    await sql.query(
      `UPDATE events SET playback_state = $2, playback_position_ms = $3, playback_updated_at = $4, playback_controlled_by = $5,
         playback_deadline_at = $6
       WHERE id = $1`,
      [id, playback.state, playback.positionMs, playback.updatedAt, playback.controlledBy, playback.deadlineAt],
    );
  }

  async setPlayer(sql: Sql, id: string, sessionId: string | null): Promise<void> {
    await sql.query(`UPDATE events SET player_session_id = $2 WHERE id = $1`, [id, sessionId]);
  }

  /** Events whose player device is one of these sessions. */
  async withPlayerAmong(sql: Sql, sessionIds: readonly string[]): Promise<string[]> {
    if (sessionIds.length === 0) return [];
    const rows = await sql.query<{ id: string }>(`SELECT id FROM events WHERE player_session_id = ANY($1::uuid[])`, [sessionIds]);
    return rows.map((r) => r.id);
  }

  async delete(sql: Sql, id: string): Promise<void> {
    await sql.query(`DELETE FROM events WHERE id = $1`, [id]);
  }

  async participation(sql: Sql, eventId: string, userId: string): Promise<Participation> {
    const [row] = await sql.query<ParticipationRow>(PARTICIPATION, [eventId, userId]);
    return participationOf(row);
  }

  /**
   * What the event's page shows the user, read in one statement (so from one snapshot, without a transaction):
   * the event, the user's participation, the listener count, and the waiting entries in queue order followed by
   * the one playing, each with whether the user voted for it. Null when there is no such event.
   */
  async snapshot(sql: Sql, eventId: string, userId: string): Promise<EventSnapshot | null> {
    const rows = await sql.query<EventRow & ParticipationRow & { listenerCount: number; votedByMe: boolean | null } & Record<string, unknown>>(SNAPSHOT, [
      eventId,
      userId,
    ]);
    const [first] = rows;
    if (!first) return null;
    const event = Object.fromEntries(EVENT_FIELDS.map((field) => [field, first[field]])) as EventRow;
    const entries = rows.flatMap((row) => {
      const entry = entryOf(row, 'entry.');
      return entry ? [{ entry, votedByMe: row.votedByMe === true }] : [];
    });
    return {
      event,
      participation: participationOf(first),
      listenerCount: first.listenerCount,
      queued: entries.filter((e) => e.entry.status === 'queued'),
      onDeck: entries.find((e) => e.entry.status === 'playing')?.entry ?? null,
    };
  }

  /** Adds or upgrades a membership (a host stays a host when invited as a guest); returns the role held now. */
  async upsertMember(sql: Sql, eventId: string, userId: string, role: EventMemberRole): Promise<EventMemberRole> {
    const [row] = await sql.query<{ role: EventMemberRole }>(
      `INSERT INTO event_members (event_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (event_id, user_id) DO UPDATE
         SET role = CASE WHEN excluded.role = 'host' THEN 'host' ELSE event_members.role END
       RETURNING role`,
      [eventId, userId, role],
    );
    return row.role;
  }

  /** Removes every tie of the user to the event (membership, listening, delegation); true if there was one. */
  async removeParticipant(sql: Sql, eventId: string, userId: string): Promise<boolean> {
    const [row] = await sql.query<{ removed: string }>(
      `WITH m AS (DELETE FROM event_members WHERE event_id = $1 AND user_id = $2 RETURNING 1),
            l AS (DELETE FROM event_listeners WHERE event_id = $1 AND user_id = $2 RETURNING 1),
            d AS (DELETE FROM event_delegates WHERE event_id = $1 AND user_id = $2 RETURNING 1)
       SELECT (SELECT count(*) FROM m) + (SELECT count(*) FROM l) + (SELECT count(*) FROM d) AS removed`,
      [eventId, userId],
    );
    return Number(row.removed) > 0;
  }

  /** True when the user was not listening yet. */
  async addListener(sql: Sql, eventId: string, userId: string): Promise<boolean> {
    const rows = await sql.query(
      `INSERT INTO event_listeners (event_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
      [eventId, userId],
    );
    return rows.length > 0;
  }

  /** Public events, newest first; `limit + 1` rows. */
  pagePublic(sql: Sql, after: Keyset | null, limit: number): Promise<EventRow[]> {
    return sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e
       WHERE e.visibility = 'public' AND ($1::timestamptz IS NULL OR (e.created_at, e.id) < ($1::timestamptz, $2::uuid))
       ORDER BY e.created_at DESC, e.id DESC LIMIT $3`,
      [after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
  }

  /** Events the user owns, newest first; `limit + 1` rows. */
  pageOwned(sql: Sql, userId: string, after: Keyset | null, limit: number): Promise<EventRow[]> {
    return sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e
       WHERE e.owner_id = $4 AND ($1::timestamptz IS NULL OR (e.created_at, e.id) < ($1::timestamptz, $2::uuid))
       ORDER BY e.created_at DESC, e.id DESC LIMIT $3`,
      [after?.createdAt ?? null, after?.id ?? null, limit + 1, userId],
    );
  }

  /** Events the user is a host or guest of, newest first; `limit + 1` rows. */
  pageMemberOf(sql: Sql, userId: string, after: Keyset | null, limit: number): Promise<EventRow[]> {
    return sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN event_members m ON m.event_id = e.id AND m.user_id = $4
       WHERE ($1::timestamptz IS NULL OR (e.created_at, e.id) < ($1::timestamptz, $2::uuid))
       ORDER BY e.created_at DESC, e.id DESC LIMIT $3`,
      [after?.createdAt ?? null, after?.id ?? null, limit + 1, userId],
    );
  }

  /**
   * Public events with an area whose centre lies within `radiusMeters` of `center`, nearest first; `limit + 1`
   * rows. The bounding box lets the partial index `ix_events_public_geo` (geo_lat, geo_lng) range-scan; the exact
   * great-circle distance (haversine, as in geo.ts) then filters and orders.
   */
  pageNearby(sql: Sql, center: LatLng, radiusMeters: number, box: BoundingBox, after: NearbyKeyset | null, limit: number): Promise<NearbyRow[]> {
    const [first, second = first] = box.lngRanges;
    return sql.query<NearbyRow>(
      `SELECT * FROM (
         SELECT ${EVENT_COLUMNS},
           2 * 6371008.8 * asin(least(1, sqrt(
             power(sin(radians(e.geo_lat - $1) / 2), 2)
             + cos(radians($1)) * cos(radians(e.geo_lat)) * power(sin(radians(e.geo_lng - $2) / 2), 2)))) AS "distanceMeters"
         FROM events e
         WHERE e.visibility = 'public' AND e.geo_lat IS NOT NULL
           AND e.geo_lat BETWEEN $3 AND $4
           AND (e.geo_lng BETWEEN $5 AND $6 OR e.geo_lng BETWEEN $7 AND $8)
       ) near
       WHERE near."distanceMeters" <= $9
         AND ($10::double precision IS NULL OR (near."distanceMeters", near.id) > ($10::double precision, $11::uuid))
       ORDER BY near."distanceMeters", near.id LIMIT $12`,
      [center.lat, center.lng, box.minLat, box.maxLat, first[0], first[1], second[0], second[1], radiusMeters, after?.distanceMeters ?? null, after?.id ?? null, limit + 1],
    );
  }

  async listenerCounts(sql: Sql, eventIds: string[]): Promise<Map<string, number>> {
    if (eventIds.length === 0) return new Map();
    const rows = await sql.query<{ eventId: string; count: string }>(
      `SELECT event_id AS "eventId", count(*) AS count FROM event_listeners WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
      [eventIds],
    );
    return new Map(rows.map((r) => [r.eventId, Number(r.count)]));
  }

  async memberRoles(sql: Sql, eventIds: string[], userId: string): Promise<Map<string, EventMemberRole>> {
    if (eventIds.length === 0) return new Map();
    const rows = await sql.query<{ eventId: string; role: EventMemberRole }>(
      `SELECT event_id AS "eventId", role FROM event_members WHERE user_id = $2 AND event_id = ANY($1::uuid[])`,
      [eventIds, userId],
    );
    return new Map(rows.map((r) => [r.eventId, r.role]));
  }

  async names(sql: Sql, eventIds: string[]): Promise<Map<string, string>> {
    if (eventIds.length === 0) return new Map();
    const rows = await sql.query<{ id: string; name: string }>(`SELECT id, name FROM events WHERE id = ANY($1::uuid[])`, [eventIds]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
