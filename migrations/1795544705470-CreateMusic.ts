import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Music: stored tracks that events and playlists reference, and the bundled catalogue (seeded at boot). */
export class CreateMusic1795544705470 implements MigrationInterface {
  name = 'CreateMusic1795544705470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "tracks" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "provider" text NOT NULL,
      "provider_track_id" text NOT NULL,
      "title" text NOT NULL,
      "artist" text NOT NULL,
      "album" text,
      "duration_ms" integer NOT NULL,
      "artwork_url" text,
      "preview_url" text,
      "external_url" text,
      "license" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "UQ_tracks_provider_track" UNIQUE ("provider", "provider_track_id"),
      CONSTRAINT "PK_tracks" PRIMARY KEY ("id")
    )`);
    await queryRunner.query(`CREATE TABLE "catalogue_tracks" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "slug" text NOT NULL,
      "title" text NOT NULL,
      "artist" text NOT NULL,
      "album" text,
      "duration_ms" integer NOT NULL,
      "license" text NOT NULL,
      "external_url" text,
      "title_key" text NOT NULL,
      "artist_key" text NOT NULL,
      "search_text" text NOT NULL,
      CONSTRAINT "UQ_catalogue_tracks_slug" UNIQUE ("slug"),
      CONSTRAINT "PK_catalogue_tracks" PRIMARY KEY ("id")
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "catalogue_tracks"`);
    await queryRunner.query(`DROP TABLE "tracks"`);
  }
}
