import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions are devices: what the client said it is when it signed in (X-Client-* headers), kept current on refresh. */
export class SessionDevices1795710000000 implements MigrationInterface {
  name = 'SessionDevices1795710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_sessions" ADD "platform" text`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" ADD "device_name" text`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" ADD "app_version" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP COLUMN "app_version"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP COLUMN "device_name"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP COLUMN "platform"`);
  }
}
