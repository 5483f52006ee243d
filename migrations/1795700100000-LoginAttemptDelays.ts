import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Progressive login delays run from the last counted attempt of each counter. */
export class LoginAttemptDelays1795700100000 implements MigrationInterface {
  name = 'LoginAttemptDelays1795700100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_login_attempts" ADD "last_attempt_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_login_attempts" DROP COLUMN "last_attempt_at"`);
  }
}
