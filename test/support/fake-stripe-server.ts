import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

export interface StripeCall {
  method: string;
  path: string;
  params: URLSearchParams;
  authorization: string | undefined;
}

/**
 * A local stand-in for the parts of Stripe's HTTP API the server uses (customers, Checkout Sessions, Customer
 * Portal sessions), speaking the same form-encoded requests and JSON answers, checking the secret key like the
 * real API. `failNext` scripts an outage. It also signs webhook events with the SDK, as Stripe would.
 */
export class FakeStripeServer {
  readonly secretKey = 'sk_test_fake';
  readonly webhookSecret = 'whsec_fake';
  readonly priceId = 'price_premium_fake';
  readonly calls: StripeCall[] = [];
  failNext = 0;
  private server: Server | null = null;
  private counter = 0;
  private readonly signer = new Stripe('sk_test_signer');

  get url(): string {
    const port = (this.server?.address() as AddressInfo | null)?.port;
    return `http://127.0.0.1:${port}`;
  }

  env(): Record<string, string> {
    return { STRIPE_SECRET_KEY: this.secretKey, STRIPE_WEBHOOK_SECRET: this.webhookSecret, STRIPE_PRICE_ID: this.priceId, STRIPE_API_URL: this.url };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A webhook delivery as Stripe sends it: the JSON body and its Stripe-Signature header. */
  event(id: string, type: string, object: object, createdSeconds: number, secret = this.webhookSecret): { body: string; signature: string } {
    const body = JSON.stringify({ id, object: 'event', type, created: createdSeconds, api_version: '2025-01-01', livemode: false, data: { object } });
    return { body, signature: this.signer.webhooks.generateTestHeaderString({ payload: body, secret }) };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const path = (req.url ?? '').split('?')[0];
    this.calls.push({ method: req.method ?? '', path, params, authorization: req.headers.authorization });
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': `req_${++this.counter}` }).end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${this.secretKey}`) return json(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    if (this.failNext > 0) {
      this.failNext--;
      return json(500, { error: { type: 'api_error', message: 'Something went wrong on our end.' } });
    }
    const n = ++this.counter;
    if (req.method === 'POST' && path === '/v1/customers') {
      return json(200, { id: `cus_${n}`, object: 'customer', email: params.get('email'), metadata: { userId: params.get('metadata[userId]') } });
    }
    if (req.method === 'POST' && path === '/v1/checkout/sessions') {
      return json(200, {
        id: `cs_test_${n}`,
        object: 'checkout.session',
        mode: params.get('mode'),
        customer: params.get('customer'),
        client_reference_id: params.get('client_reference_id'),
        status: 'open',
        url: `https://checkout.stripe.test/c/pay/cs_test_${n}`,
      });
    }
    if (req.method === 'POST' && path === '/v1/billing_portal/sessions') {
      return json(200, { id: `bps_${n}`, object: 'billing_portal.session', customer: params.get('customer'), url: `https://billing.stripe.test/p/session/bps_${n}` });
    }
    return json(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method} ${path}).` } });
  }
}
