import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1795590000000 implements MigrationInterface {
  name = 'Invitations1795590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "target_id" uuid NOT NULL,
        "inviter_id" uuid NOT NULL,
        "invitee_id" uuid NOT NULL,
        "role" text,
        "status" text NOT NULL DEFAULT 'pending',
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "responded_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_invitations" PRIMARY KEY ("id"),
        CONSTRAINT "ck_invitations_kind" CHECK (kind IN ('event', 'playlist')),
        CONSTRAINT "ck_invitations_status" CHECK (status IN ('pending', 'accepted', 'declined', 'revoked')),
        CONSTRAINT "fk_invitations_inviter" FOREIGN KEY ("inviter_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_invitations_invitee" FOREIGN KEY ("invitee_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_invitations_pending" ON "invitations" ("kind", "target_id", "invitee_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_invitations_invitee_pending" ON "invitations" ("invitee_id", "created_at") WHERE status = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invitations"`);
  }
}
