import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Link codes: an OAuth identity waits in auth_tokens until its account owner confirms the link. */
export class OAuthLinkConfirmation1795700000000 implements MigrationInterface {
  name = 'OAuthLinkConfirmation1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "auth_tokens" ADD "subject" text`);
    await queryRunner.query(`ALTER TABLE "auth_tokens" ADD "email" text`);
    await queryRunner.query(`ALTER TABLE "auth_tokens" DROP CONSTRAINT "CHK_auth_tokens_purpose"`);
    await queryRunner.query(
      `ALTER TABLE "auth_tokens" ADD CONSTRAINT "CHK_auth_tokens_purpose" CHECK ("purpose" IN ('verify_email', 'reset_password', 'oauth_login', 'oauth_link', 'oauth_link_confirm'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "auth_tokens" WHERE "purpose" = 'oauth_link_confirm'`);
    await queryRunner.query(`ALTER TABLE "auth_tokens" DROP CONSTRAINT "CHK_auth_tokens_purpose"`);
    await queryRunner.query(
      `ALTER TABLE "auth_tokens" ADD CONSTRAINT "CHK_auth_tokens_purpose" CHECK ("purpose" IN ('verify_email', 'reset_password', 'oauth_login', 'oauth_link'))`,
    );
    await queryRunner.query(`ALTER TABLE "auth_tokens" DROP COLUMN "email"`);
    await queryRunner.query(`ALTER TABLE "auth_tokens" DROP COLUMN "subject"`);
  }
}
