import { randomInt } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// A copy of src/modules/events/event-code.ts at the time of writing: a migration never changes with the code.
const ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
const code = (): string => Array.from({ length: 7 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/**
 * Party features: join codes, fallback playlist, track length cap, crowd-skip threshold, join by link, the durable
 * auto-advance deadline, the nearby index; entries from the fallback; crowd-skip votes; fallback rotation.
 */
export class PartyEvents1795720000000 implements MigrationInterface {
  name = 'PartyEvents1795720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE "events"
        ADD "code" text,
        ADD "fallback_playlist_id" uuid,
        ADD "max_track_duration_ms" integer,
        ADD "skip_threshold" integer,
        ADD "join_by_link" boolean NOT NULL DEFAULT false,
        ADD "playback_deadline_at" TIMESTAMP(3) WITH TIME ZONE,
        ADD CONSTRAINT "chk_events_max_track_duration" CHECK (max_track_duration_ms IS NULL OR max_track_duration_ms > 0),
        ADD CONSTRAINT "chk_events_skip_threshold" CHECK (skip_threshold IS NULL OR skip_threshold >= 1),
        ADD CONSTRAINT "fk_events_fallback_playlist" FOREIGN KEY ("fallback_playlist_id") REFERENCES "playlists"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    const existing = (await q.query(`SELECT id FROM events`)) as Array<{ id: string }>;
    const codes = new Set<string>();
    for (const { id } of existing) {
      let next = code();
      while (codes.has(next)) next = code();
      codes.add(next);
      await q.query(`UPDATE events SET code = $2 WHERE id = $1`, [id, next]);
    }
    await q.query(`ALTER TABLE "events" ALTER COLUMN "code" SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "uq_events_code" ON "events" ("code")`);
    await q.query(`CREATE INDEX "ix_events_playback_deadline" ON "events" ("playback_deadline_at") WHERE playback_deadline_at IS NOT NULL`);
    await q.query(`CREATE INDEX "ix_events_public_geo" ON "events" ("geo_lat", "geo_lng") WHERE visibility = 'public' AND geo_lat IS NOT NULL`);

    await q.query(`ALTER TABLE "event_entries" ADD "from_fallback" boolean NOT NULL DEFAULT false`);

    await q.query(`
      CREATE TABLE "event_skip_votes" (
        "entry_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_event_skip_votes" PRIMARY KEY ("entry_id", "user_id"),
        CONSTRAINT "fk_event_skip_votes_entry" FOREIGN KEY ("entry_id") REFERENCES "event_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_event_skip_votes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);

    await q.query(`
      CREATE TABLE "event_fallback_plays" (
        "event_id" uuid NOT NULL,
        "track_id" uuid NOT NULL,
        "played_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "pk_event_fallback_plays" PRIMARY KEY ("event_id", "track_id"),
        CONSTRAINT "fk_event_fallback_plays_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_event_fallback_plays_track" FOREIGN KEY ("track_id") REFERENCES "tracks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "event_fallback_plays"`);
    await q.query(`DROP TABLE "event_skip_votes"`);
    await q.query(`ALTER TABLE "event_entries" DROP COLUMN "from_fallback"`);
    await q.query(`DROP INDEX "ix_events_public_geo"`);
    await q.query(`DROP INDEX "ix_events_playback_deadline"`);
    await q.query(`DROP INDEX "uq_events_code"`);
    await q.query(`
      ALTER TABLE "events"
        DROP CONSTRAINT "fk_events_fallback_playlist",
        DROP CONSTRAINT "chk_events_skip_threshold",
        DROP CONSTRAINT "chk_events_max_track_duration",
        DROP COLUMN "playback_deadline_at",
        DROP COLUMN "join_by_link",
        DROP COLUMN "skip_threshold",
        DROP COLUMN "max_track_duration_ms",
        DROP COLUMN "fallback_playlist_id",
        DROP COLUMN "code"`);
  }
}
