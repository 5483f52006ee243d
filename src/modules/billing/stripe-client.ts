import Stripe from 'stripe';
import type { BillingConfig } from '../../config';

export const STRIPE = Symbol('STRIPE');

/** The official SDK, pointed at STRIPE_API_URL when set (a local fake in tests); null unless Stripe is configured. */
export function stripeClient(config: BillingConfig): Stripe | null {
  if (config.provider !== 'stripe') return null;
  const api = config.apiUrl ? new URL(config.apiUrl) : null;
  return new Stripe(config.secretKey, {
    maxNetworkRetries: 2,
    timeout: 10_000,
    ...(api ? { host: api.hostname, port: api.port || (api.protocol === 'https:' ? 443 : 80), protocol: api.protocol === 'https:' ? 'https' : 'http' } : {}),
  });
}
