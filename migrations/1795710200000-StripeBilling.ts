import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stripe billing: each paying user's Stripe customer and the newest subscription state applied (ordered by event time). */
export class StripeBilling1795710200000 implements MigrationInterface {
  name = 'StripeBilling1795710200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "billing_customers" (
        "user_id" uuid NOT NULL,
        "stripe_customer_id" text NOT NULL,
        "subscription_id" text,
        "subscription_status" text,
        "state_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_billing_customers" PRIMARY KEY ("user_id"),
        CONSTRAINT "FK_billing_customers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_billing_customers_stripe_customer" ON "billing_customers" ("stripe_customer_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "billing_customers"`);
  }
}
