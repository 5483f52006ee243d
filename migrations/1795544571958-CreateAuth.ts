import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuth1795544571958 implements MigrationInterface {
  name = 'CreateAuth1795544571958';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "auth_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "revoked_reason" text,
        "user_agent" text,
        "ip" text,
        CONSTRAINT "PK_auth_sessions" PRIMARY KEY ("id"),
        CONSTRAINT "FK_auth_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_auth_sessions_user_id" ON "auth_sessions" ("user_id")`);

    await queryRunner.query(`
      CREATE TABLE "auth_refresh_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "rotated_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_auth_refresh_tokens" PRIMARY KEY ("id"),
        CONSTRAINT "FK_auth_refresh_tokens_session" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_auth_refresh_tokens_token_hash" ON "auth_refresh_tokens" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "IDX_auth_refresh_tokens_session_id" ON "auth_refresh_tokens" ("session_id")`);

    await queryRunner.query(`
      CREATE TABLE "auth_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "purpose" text NOT NULL,
        "token_hash" text NOT NULL,
        "provider" text,
        "session_id" uuid,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_auth_tokens_purpose" CHECK ("purpose" IN ('verify_email', 'reset_password', 'oauth_login', 'oauth_link')),
        CONSTRAINT "PK_auth_tokens" PRIMARY KEY ("id"),
        CONSTRAINT "FK_auth_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_auth_tokens_token_hash" ON "auth_tokens" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "IDX_auth_tokens_user_purpose" ON "auth_tokens" ("user_id", "purpose")`);

    await queryRunner.query(`
      CREATE TABLE "auth_identities" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "provider" text NOT NULL,
        "subject" text NOT NULL,
        "email" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_auth_identities_provider" CHECK ("provider" IN ('google', '42')),
        CONSTRAINT "PK_auth_identities" PRIMARY KEY ("id"),
        CONSTRAINT "FK_auth_identities_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_auth_identities_provider_subject" ON "auth_identities" ("provider", "subject")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_auth_identities_user_provider" ON "auth_identities" ("user_id", "provider")`);

    await queryRunner.query(`
      CREATE TABLE "auth_login_attempts" (
        "key" text NOT NULL,
        "attempts" integer NOT NULL,
        "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_auth_login_attempts" PRIMARY KEY ("key")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "auth_login_attempts"`);
    await queryRunner.query(`DROP TABLE "auth_identities"`);
    await queryRunner.query(`DROP TABLE "auth_tokens"`);
    await queryRunner.query(`DROP TABLE "auth_refresh_tokens"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
  }
}
