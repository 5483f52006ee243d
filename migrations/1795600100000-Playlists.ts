import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Collaborative playlists: the playlist, its invited members, and entries ordered by fractional index keys. */
export class Playlists1795600100000 implements MigrationInterface {
  name = 'Playlists1795600100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "playlists" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "owner_id" uuid NOT NULL,
        "name" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "visibility" text NOT NULL,
        "edit_license" text NOT NULL,
        "allow_duplicates" boolean NOT NULL DEFAULT true,
        "version" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_playlists" PRIMARY KEY ("id"),
        CONSTRAINT "chk_playlists_visibility" CHECK (visibility IN ('public', 'private')),
        CONSTRAINT "chk_playlists_edit_license" CHECK (edit_license IN ('everyone', 'invited')),
        CONSTRAINT "fk_playlists_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_playlists_public_created" ON "playlists" ("created_at", "id") WHERE visibility = 'public'`);
    await q.query(`CREATE INDEX "ix_playlists_owner_created" ON "playlists" ("owner_id", "created_at", "id")`);

    await q.query(`
      CREATE TABLE "playlist_members" (
        "playlist_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "role" text NOT NULL DEFAULT 'editor',
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_playlist_members" PRIMARY KEY ("playlist_id", "user_id"),
        CONSTRAINT "fk_playlist_members_playlist" FOREIGN KEY ("playlist_id") REFERENCES "playlists"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_playlist_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_playlist_members_user" ON "playlist_members" ("user_id")`);

    await q.query(`
      CREATE TABLE "playlist_entries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "playlist_id" uuid NOT NULL,
        "track_id" uuid NOT NULL,
        "position" text COLLATE "C" NOT NULL,
        "added_by" uuid,
        "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_playlist_entries" PRIMARY KEY ("id"),
        CONSTRAINT "uq_playlist_entries_position" UNIQUE ("playlist_id", "position"),
        CONSTRAINT "fk_playlist_entries_playlist" FOREIGN KEY ("playlist_id") REFERENCES "playlists"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_playlist_entries_track" FOREIGN KEY ("track_id") REFERENCES "tracks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_playlist_entries_added_by" FOREIGN KEY ("added_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_playlist_entries_track" ON "playlist_entries" ("track_id", "playlist_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "playlist_entries"`);
    await q.query(`DROP TABLE "playlist_members"`);
    await q.query(`DROP TABLE "playlists"`);
  }
}
