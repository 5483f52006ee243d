import { ApiProperty } from '@nestjs/swagger';

export const WEBHOOK_OUTCOMES = ['applied', 'duplicate', 'stale', 'ignored', 'unknown_user'] as const;

export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];

export class StripeWebhookResultDto {
  @ApiProperty() received: boolean;
  @ApiProperty({
    enum: WEBHOOK_OUTCOMES,
    description: '`duplicate`: event id already handled; `stale`: older than the state already applied; `ignored`: an event type this server does not use.',
  })
  outcome: WebhookOutcome;
}
