import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Events: settings and playback, members, listeners, delegates, the queue with its votes, fairness state. */
export class Events1795600000000 implements MigrationInterface {
  name = 'Events1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "owner_id" uuid NOT NULL,
        "name" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "visibility" text NOT NULL,
        "vote_license" text NOT NULL,
        "geo_lat" double precision,
        "geo_lng" double precision,
        "geo_radius_meters" integer,
        "window_starts_at" TIMESTAMP(3) WITH TIME ZONE,
        "window_ends_at" TIMESTAMP(3) WITH TIME ZONE,
        "max_proposals_per_user" integer NOT NULL DEFAULT 3,
        "playback_state" text,
        "playback_position_ms" integer NOT NULL DEFAULT 0,
        "playback_updated_at" TIMESTAMP(3) WITH TIME ZONE,
        "playback_controlled_by" uuid,
        "version" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_events" PRIMARY KEY ("id"),
        CONSTRAINT "chk_events_visibility" CHECK (visibility IN ('public', 'private')),
        CONSTRAINT "chk_events_vote_license" CHECK (vote_license IN ('everyone', 'invited')),
        CONSTRAINT "chk_events_geo" CHECK ((geo_lat IS NULL) = (geo_lng IS NULL) AND (geo_lat IS NULL) = (geo_radius_meters IS NULL)),
        CONSTRAINT "chk_events_window" CHECK ((window_starts_at IS NULL) = (window_ends_at IS NULL) AND (window_starts_at IS NULL OR window_starts_at < window_ends_at)),
        CONSTRAINT "chk_events_max_proposals" CHECK (max_proposals_per_user >= 1),
        CONSTRAINT "chk_events_playback_state" CHECK (playback_state IS NULL OR playback_state IN ('playing', 'paused')),
        CONSTRAINT "fk_events_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_events_playback_controlled_by" FOREIGN KEY ("playback_controlled_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_events_public_created" ON "events" ("created_at", "id") WHERE visibility = 'public'`);
    await q.query(`CREATE INDEX "ix_events_owner_created" ON "events" ("owner_id", "created_at", "id")`);

    await q.query(`
      CREATE TABLE "event_members" (
        "event_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "role" text NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_event_members" PRIMARY KEY ("event_id", "user_id"),
        CONSTRAINT "chk_event_members_role" CHECK (role IN ('host', 'guest')),
        CONSTRAINT "fk_event_members_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_event_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_event_members_user" ON "event_members" ("user_id")`);

    await q.query(`
      CREATE TABLE "event_listeners" (
        "event_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "joined_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_event_listeners" PRIMARY KEY ("event_id", "user_id"),
        CONSTRAINT "fk_event_listeners_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_event_listeners_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_event_listeners_user" ON "event_listeners" ("user_id")`);

    await q.query(`
      CREATE TABLE "event_delegates" (
        "event_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "device_id" text,
        "granted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_event_delegates" PRIMARY KEY ("event_id", "user_id"),
        CONSTRAINT "fk_event_delegates_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_event_delegates_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);

    await q.query(`
      CREATE TABLE "event_entries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "event_id" uuid NOT NULL,
        "track_id" uuid NOT NULL,
        "proposed_by" uuid,
        "score" integer NOT NULL DEFAULT 0,
        "status" text NOT NULL DEFAULT 'queued',
        "proposed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "started_at" TIMESTAMP(3) WITH TIME ZONE,
        "finished_at" TIMESTAMP(3) WITH TIME ZONE,
        CONSTRAINT "pk_event_entries" PRIMARY KEY ("id"),
        CONSTRAINT "chk_event_entries_status" CHECK (status IN ('queued', 'playing', 'played', 'removed')),
        CONSTRAINT "chk_event_entries_score" CHECK (score >= 0),
        CONSTRAINT "fk_event_entries_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_event_entries_track" FOREIGN KEY ("track_id") REFERENCES "tracks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_event_entries_proposed_by" FOREIGN KEY ("proposed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await q.query(
      `CREATE UNIQUE INDEX "uq_event_entries_waiting_track" ON "event_entries" ("event_id", "track_id") WHERE status IN ('queued', 'playing')`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_event_entries_on_deck" ON "event_entries" ("event_id") WHERE status = 'playing'`);
    await q.query(`CREATE INDEX "ix_event_entries_history" ON "event_entries" ("event_id", "finished_at", "id") WHERE status = 'played'`);
    await q.query(
      `CREATE INDEX "ix_event_entries_played_track" ON "event_entries" ("event_id", "track_id", "finished_at") WHERE status = 'played'`,
    );

    await q.query(`
      CREATE TABLE "event_votes" (
        "entry_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_event_votes" PRIMARY KEY ("entry_id", "user_id"),
        CONSTRAINT "fk_event_votes_entry" FOREIGN KEY ("entry_id") REFERENCES "event_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_event_votes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_event_votes_user" ON "event_votes" ("user_id")`);

    await q.query(`
      CREATE TABLE "event_vote_buckets" (
        "event_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "tokens" double precision NOT NULL,
        "refilled_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "pk_event_vote_buckets" PRIMARY KEY ("event_id", "user_id"),
        CONSTRAINT "fk_event_vote_buckets_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_event_vote_buckets_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);

    await q.query(`
      CREATE TABLE "event_voter_positions" (
        "user_id" uuid NOT NULL,
        "lat" double precision NOT NULL,
        "lng" double precision NOT NULL,
        "accuracy_meters" double precision NOT NULL,
        "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        CONSTRAINT "pk_event_voter_positions" PRIMARY KEY ("user_id"),
        CONSTRAINT "fk_event_voter_positions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "event_voter_positions"`);
    await q.query(`DROP TABLE "event_vote_buckets"`);
    await q.query(`DROP TABLE "event_votes"`);
    await q.query(`DROP TABLE "event_entries"`);
    await q.query(`DROP TABLE "event_delegates"`);
    await q.query(`DROP TABLE "event_listeners"`);
    await q.query(`DROP TABLE "event_members"`);
    await q.query(`DROP TABLE "events"`);
  }
}
