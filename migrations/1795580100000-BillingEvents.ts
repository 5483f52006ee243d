import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BillingEvents1795580100000 implements MigrationInterface {
  name = 'BillingEvents1795580100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "billing_events" (
        "id" text NOT NULL,
        "type" text NOT NULL,
        "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_billing_events" PRIMARY KEY ("id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing_events"`);
  }
}
