import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMailOutbox1795544571957 implements MigrationInterface {
  name = 'CreateMailOutbox1795544571957';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "mail_outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "recipient" text NOT NULL,
        "subject" text NOT NULL,
        "body" text,
        "status" text NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT '0',
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "CHK_mail_outbox_status" CHECK ("status" IN ('pending', 'sent', 'failed')),
        CONSTRAINT "PK_mail_outbox" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_mail_outbox_due" ON "mail_outbox" ("status", "next_attempt_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_mail_outbox_recipient" ON "mail_outbox" ("recipient", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_mail_outbox_recipient"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mail_outbox_due"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
