import { Inject, Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import { loadOnDemand } from '../../common/load-on-demand';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig, type BillingConfig } from '../../config';

type StripeSettings = Extract<BillingConfig, { provider: 'stripe' }>;

/** The official SDK, pointed at STRIPE_API_URL when set (a local fake in tests). */
function stripeClient(settings: StripeSettings): Stripe {
  const api = settings.apiUrl ? new URL(settings.apiUrl) : null;
  const StripeSdk = loadOnDemand('stripe') as typeof import('stripe');
  return new StripeSdk(settings.secretKey, {
    maxNetworkRetries: 2,
    timeout: 10_000,
    ...(api ? { host: api.hostname, port: api.port || (api.protocol === 'https:' ? 443 : 80), protocol: api.protocol === 'https:' ? 'https' : 'http' } : {}),
  });
}

/**
 * Stripe as this server is configured, for checkout and for the webhook alike: the SDK client and its settings
 * when STRIPE_SECRET_KEY is set; otherwise the labelled test mode (development and tests) or, in production,
 * nothing, where every use answers 503 PROVIDER_UNAVAILABLE.
 */
@Injectable()
export class StripeAccount {
  private readonly configured: { client: Stripe; settings: StripeSettings } | null;
  /** Plans switch at once, with no payment (no Stripe configured outside production). */
  readonly testMode: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const billing = config.billing;
    this.configured = billing.provider === 'stripe' ? { client: stripeClient(billing), settings: billing } : null;
    this.testMode = billing.provider === 'test';
  }

  /** The client and its settings; 503 PROVIDER_UNAVAILABLE (`not_configured`) when Stripe is not configured. */
  require(): { client: Stripe; settings: StripeSettings } {
    if (!this.configured) throw new DomainError('PROVIDER_UNAVAILABLE', 'Payments are not configured on this server.', { provider: 'stripe', reason: 'not_configured' });
    return this.configured;
  }
}
