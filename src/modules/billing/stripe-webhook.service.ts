import { Injectable, Logger } from '@nestjs/common';
import type Stripe from 'stripe';
import { DomainError } from '../../common/errors/domain-error';
import { Database, type Tx } from '../../infra/database';
import { UserPlans, type UserPlan } from '../users';
import { BillingCustomersRepository } from './billing-customers.repository';
import { BillingEventsRepository } from './billing-events.repository';
import type { StripeWebhookResultDto, WebhookOutcome } from './dto/stripe-webhook-result.dto';
import { StripeAccount } from './stripe-client';

/** A subscription change read from a Stripe event: whose, what plan it means, and when Stripe produced it. */
interface SubscriptionChange {
  userId: string | null;
  customerId: string | null;
  subscriptionId: string | null;
  status: string;
  plan: UserPlan;
  at: Date;
}

const PREMIUM_STATUSES = new Set(['active', 'trialing', 'past_due']);
const idOf = (value: string | { id: string } | null | undefined): string | null => (typeof value === 'string' ? value : (value?.id ?? null));

/**
 * Stripe's webhook: verified by the SDK on the raw body, idempotent by event id (a replay changes nothing) and
 * ordered: each customer keeps the `created` time of the newest event applied, so an older event delivered
 * late never overrides a newer state.
 */
@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger(StripeWebhookService.name);
  constructor(
    private readonly stripeAccount: StripeAccount,
    private readonly db: Database,
    private readonly events: BillingEventsRepository,
    private readonly customers: BillingCustomersRepository,
    private readonly plans: UserPlans,
  ) {}

  async handle(rawBody: Buffer | undefined, signature: string | undefined): Promise<StripeWebhookResultDto> {
    const { client: stripe, settings } = this.stripeAccount.require();
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(rawBody ?? Buffer.alloc(0), signature ?? '', settings.webhookSecret);
    } catch {
      throw new DomainError('INVALID_SIGNATURE', 'The Stripe-Signature header does not match this body.');
    }
    if (typeof event.data?.object !== 'object' || event.data.object === null) {
      // Signed but malformed (security finding 7): a 400 naming the field, never a 500 further on.
      throw new DomainError('VALIDATION_FAILED', 'The Stripe event has no data.object.', [{ field: 'data', messages: ['data.object is required'] }]);
    }
    const change = changeOf(event);
    const outcome = await this.db.transaction(async (tx): Promise<WebhookOutcome> => {
      if (!(await this.events.record(tx, event.id, event.type))) return 'duplicate';
      return change ? this.apply(tx, change) : 'ignored';
    });
    this.logger.log({ eventId: event.id, type: event.type, outcome }, 'Stripe webhook');
    return { received: true, outcome };
  }

  private async apply(tx: Tx, change: SubscriptionChange): Promise<WebhookOutcome> {
    if (change.userId && change.customerId) await this.customers.link(tx, change.userId, change.customerId);
    const customer = await this.customers.lock(tx, { userId: change.userId, stripeCustomerId: change.customerId });
    if (!customer) return 'unknown_user';
    if (customer.stateAt && change.at < customer.stateAt) return 'stale';
    if (!(await this.plans.setById(customer.userId, change.plan, tx))) return 'unknown_user';
    await this.customers.saveState(tx, customer.userId, { subscriptionId: change.subscriptionId, status: change.status, at: change.at });
    return 'applied';
  }
}

/** The plan change an event means, or null for events this server does not use. */
function changeOf(event: Stripe.Event): SubscriptionChange | null {
  const at = new Date(event.created * 1000);
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      if (session.mode !== 'subscription' || session.status !== 'complete') return null;
      return { userId: uuidOrNull(session.client_reference_id), customerId: idOf(session.customer), subscriptionId: idOf(session.subscription), status: 'active', plan: 'premium', at };
    }
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      const sub = event.data.object;
      const status = event.type === 'customer.subscription.deleted' ? 'canceled' : sub.status;
      const plan: UserPlan = PREMIUM_STATUSES.has(status) ? 'premium' : 'free';
      return { userId: uuidOrNull(sub.metadata?.userId), customerId: idOf(sub.customer), subscriptionId: sub.id, status, plan, at };
    }
    default:
      return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (value: string | null | undefined): string | null => (value && UUID.test(value) ? value : null);
