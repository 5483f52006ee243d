import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1795544571956 implements MigrationInterface {
  name = 'CreateUsers1795544571956';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" text NOT NULL,
        "email_normalized" text NOT NULL,
        "email_verified_at" TIMESTAMP WITH TIME ZONE,
        "password_hash" text,
        "display_name" text NOT NULL,
        "plan" text NOT NULL DEFAULT 'free',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_users_plan" CHECK ("plan" IN ('free', 'premium')),
        CONSTRAINT "PK_users" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_email_normalized" ON "users" ("email_normalized")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_users_email_normalized"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
