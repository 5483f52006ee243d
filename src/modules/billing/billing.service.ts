import { Inject, Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { Database } from '../../infra/database';
import { UserAccounts, UserPlans, type UserPlan } from '../users';
import { BillingCustomersRepository } from './billing-customers.repository';
import type { BillingRedirectDto } from './dto/billing-redirect.dto';
import { StripeAccount } from './stripe-client';

/**
 * Users switch between the free and premium offers themselves: Stripe Checkout to subscribe, the Customer
 * Portal to cancel or manage. Without STRIPE_SECRET_KEY, development and test run a labelled test mode that
 * switches the plan at once; production answers 503 PROVIDER_UNAVAILABLE.
 */
@Injectable()
export class BillingService {
  private readonly publicUrl: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly stripeAccount: StripeAccount,
    private readonly db: Database,
    private readonly customers: BillingCustomersRepository,
    private readonly accounts: UserAccounts,
    private readonly plans: UserPlans,
  ) {
    this.publicUrl = config.http.publicUrl.replace(/\/$/, '');
  }

  async checkout(userId: string): Promise<BillingRedirectDto> {
    const account = await this.account(userId);
    if (this.stripeAccount.testMode) return this.switchInTestMode(userId, 'premium');
    const { client: stripe, settings } = this.stripeAccount.require();
    if (account.plan === 'premium') throw new DomainError('CONFLICT', 'You are already premium; manage your subscription through the portal.', { plan: 'premium' });
    const customer = await this.customerOf(stripe, account);
    const session = await provider(() =>
      stripe.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: userId,
        line_items: [{ price: settings.priceId, quantity: 1 }],
        subscription_data: { metadata: { userId } },
        success_url: `${this.publicUrl}/?billing=success`,
        cancel_url: `${this.publicUrl}/?billing=cancelled`,
      }),
    );
    if (!session.url) throw unavailable('Stripe returned no checkout page.');
    return { url: session.url, plan: account.plan, testMode: false };
  }

  async portal(userId: string): Promise<BillingRedirectDto> {
    const account = await this.account(userId);
    if (this.stripeAccount.testMode) return this.switchInTestMode(userId, 'free');
    const { client: stripe } = this.stripeAccount.require();
    const linked = await this.customers.byUser(this.db, userId);
    if (!linked) throw new DomainError('CONFLICT', 'There is no subscription to manage yet: subscribe first.', { reason: 'no_customer' });
    const session = await provider(() => stripe.billingPortal.sessions.create({ customer: linked.stripeCustomerId, return_url: `${this.publicUrl}/` }));
    return { url: session.url, plan: account.plan, testMode: false };
  }

  private async switchInTestMode(userId: string, plan: UserPlan): Promise<BillingRedirectDto> {
    if (!(await this.plans.setById(userId, plan))) throw DomainError.notFound('User');
    return { url: null, plan, testMode: true };
  }

  /** The user's Stripe customer, created on first checkout; a concurrent second creation loses to the first link. */
  private async customerOf(stripe: Stripe, account: { id: string; email: string }): Promise<string> {
    const linked = await this.customers.byUser(this.db, account.id);
    if (linked) return linked.stripeCustomerId;
    const created = await provider(() => stripe.customers.create({ email: account.email, metadata: { userId: account.id } }));
    const customer = await this.customers.link(this.db, account.id, created.id);
    if (!customer) throw DomainError.notFound('User');
    return customer;
  }

  private async account(userId: string) {
    const account = await this.accounts.findById(userId);
    if (!account) throw DomainError.notFound('User');
    return account;
  }
}

function unavailable(message: string): DomainError {
  return new DomainError('PROVIDER_UNAVAILABLE', message, { provider: 'stripe', reason: 'not_configured' });
}

/** A Stripe call; its failure is a 503 that names the provider, never a 500. */
async function provider<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'unknown';
    throw new DomainError('PROVIDER_UNAVAILABLE', 'The payment provider did not answer; try again in a moment.', { provider: 'stripe', reason });
  }
}
