import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserProfilesAndFriends1795580000000 implements MigrationInterface {
  name = 'UserProfilesAndFriends1795580000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "display_name_search" text COLLATE "C" NOT NULL DEFAULT ''`);
    // Existing rows get an approximate key (no accent folding in SQL); the app rewrites it on every name change.
    await queryRunner.query(`UPDATE "users" SET "display_name_search" = lower(btrim("display_name"))`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "display_name_search" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "users" ADD "bio" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "location" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "music_preferences" jsonb`);
    await queryRunner.query(`ALTER TABLE "users" ADD "profile_visibility" jsonb`);
    await queryRunner.query(`ALTER TABLE "users" ADD "avatar_key" text`);
    await queryRunner.query(`CREATE INDEX "IDX_users_display_name_search" ON "users" ("display_name_search", "id")`);

    await queryRunner.query(`
      CREATE TABLE "friend_requests" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "requester_id" uuid NOT NULL,
        "addressee_id" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_friend_requests" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_friend_requests_not_self" CHECK ("requester_id" <> "addressee_id"),
        CONSTRAINT "FK_friend_requests_requester" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_friend_requests_addressee" FOREIGN KEY ("addressee_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_friend_requests_pair" ON "friend_requests" ("requester_id", "addressee_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_friend_requests_addressee" ON "friend_requests" ("addressee_id", "created_at", "id")`);

    await queryRunner.query(`
      CREATE TABLE "friendships" (
        "user_low" uuid NOT NULL,
        "user_high" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_friendships" PRIMARY KEY ("user_low", "user_high"),
        CONSTRAINT "CHK_friendships_ordered" CHECK ("user_low" < "user_high"),
        CONSTRAINT "FK_friendships_user_low" FOREIGN KEY ("user_low") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_friendships_user_high" FOREIGN KEY ("user_high") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_friendships_user_high" ON "friendships" ("user_high")`);

    await queryRunner.query(`
      CREATE TABLE "ai_avatar_generations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_ai_avatar_generations" PRIMARY KEY ("id"),
        CONSTRAINT "FK_ai_avatar_generations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_ai_avatar_generations_user_created" ON "ai_avatar_generations" ("user_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ai_avatar_generations"`);
    await queryRunner.query(`DROP TABLE "friendships"`);
    await queryRunner.query(`DROP TABLE "friend_requests"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_users_display_name_search"`);
    for (const column of ['avatar_key', 'profile_visibility', 'music_preferences', 'location', 'bio', 'display_name_search']) {
      await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "${column}"`);
    }
  }
}
