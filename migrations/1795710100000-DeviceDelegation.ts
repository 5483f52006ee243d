import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Music Control Delegation per device: a grant covers all of the delegate's devices or chosen sessions, and
 * each event has one player device (a session). Grants bound to an `X-Client-Device` header value cannot be
 * mapped to a session and were spoofable, so they are dropped; unbound grants become "all devices".
 */
export class DeviceDelegation1795710100000 implements MigrationInterface {
  name = 'DeviceDelegation1795710100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "event_delegates" WHERE "device_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "event_delegates" DROP COLUMN "device_id"`);
    await q.query(`ALTER TABLE "event_delegates" ADD "all_devices" boolean NOT NULL DEFAULT true`);
    await q.query(`
      CREATE TABLE "event_delegate_devices" (
        "event_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "session_id" uuid NOT NULL,
        CONSTRAINT "pk_event_delegate_devices" PRIMARY KEY ("event_id", "user_id", "session_id"),
        CONSTRAINT "fk_event_delegate_devices_grant" FOREIGN KEY ("event_id", "user_id") REFERENCES "event_delegates"("event_id", "user_id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_event_delegate_devices_session" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ix_event_delegate_devices_session" ON "event_delegate_devices" ("session_id")`);
    await q.query(`ALTER TABLE "events" ADD "player_session_id" uuid`);
    await q.query(
      `ALTER TABLE "events" ADD CONSTRAINT "fk_events_player_session" FOREIGN KEY ("player_session_id") REFERENCES "auth_sessions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "ix_events_player_session" ON "events" ("player_session_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_events_player_session"`);
    await q.query(`ALTER TABLE "events" DROP CONSTRAINT "fk_events_player_session"`);
    await q.query(`ALTER TABLE "events" DROP COLUMN "player_session_id"`);
    await q.query(`DROP TABLE "event_delegate_devices"`);
    await q.query(`ALTER TABLE "event_delegates" DROP COLUMN "all_devices"`);
    await q.query(`ALTER TABLE "event_delegates" ADD "device_id" text`);
  }
}
