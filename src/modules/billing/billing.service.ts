import { Inject, Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { Database } from '../../infra/database';
import { UserPlans, type UserPlan } from '../users';
import { BillingEventsRepository } from './billing-events.repository';
import { BillingEventDto, type BillingEventType, type BillingWebhookResultDto } from './dto/billing-event.dto';
import { verifySignature } from './webhook-signature';

const PLAN_OF: Record<BillingEventType, UserPlan> = { 'subscription.activated': 'premium', 'subscription.canceled': 'free' };

/** Billing: the payment provider's signed webhook is the only outside way to change a plan. */
@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly events: BillingEventsRepository,
    private readonly plans: UserPlans,
  ) {}

  async handleWebhook(rawBody: Buffer | undefined, signature: string | undefined): Promise<BillingWebhookResultDto> {
    const secret = this.config.billing.webhookSecret;
    if (!secret) throw new DomainError('SERVICE_UNAVAILABLE', 'Billing is not configured on this server.');
    const check = verifySignature(secret, signature, rawBody ?? Buffer.alloc(0));
    if (check !== 'ok') throw new DomainError('INVALID_SIGNATURE', 'The webhook signature is not valid.', { reason: check });
    const event = await this.parse(rawBody ?? Buffer.alloc(0));
    return this.db.transaction(async (tx) => {
      if (!(await this.events.record(tx, event.id, event.type))) return { received: true, outcome: 'duplicate' };
      const plan = PLAN_OF[event.type];
      const { userId, email } = event.data;
      const changed = userId ? await this.plans.setById(userId, plan, tx) : email ? await this.plans.setByEmail(email, plan, tx) : null;
      if (!changed) {
        this.logger.warn({ eventId: event.id }, 'Billing event for an unknown user');
        return { received: true, outcome: 'unknown_user' };
      }
      this.logger.log({ eventId: event.id, userId: changed, plan }, 'Plan changed by billing');
      return { received: true, outcome: 'applied' };
    });
  }

  private async parse(rawBody: Buffer): Promise<BillingEventDto> {
    let json: unknown;
    try {
      json = JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw new DomainError('VALIDATION_FAILED', 'The webhook body is not valid JSON.', []);
    }
    const event = plainToInstance(BillingEventDto, json);
    const errors = typeof json === 'object' && json !== null ? await validate(event, { whitelist: true }) : [];
    const customerMissing = typeof event.data !== 'object' || event.data === null || (!event.data.userId && !event.data.email);
    if (typeof json !== 'object' || json === null || errors.length > 0 || customerMissing) {
      throw new DomainError('VALIDATION_FAILED', 'The webhook body is not a billing event this server understands.', [
        ...errors.map((e) => ({ field: e.property, messages: Object.values(e.constraints ?? { invalid: `${e.property} is not valid` }) })),
        ...(customerMissing && !errors.some((e) => e.property === 'data') ? [{ field: 'data', messages: ['data must name the customer (userId or email)'] }] : []),
      ]);
    }
    return event;
  }
}
