import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Public, type AuthUser } from '../../common/auth';
import { BillingService } from './billing.service';
import { BillingRedirectDto } from './dto/billing-redirect.dto';
import { StripeWebhookResultDto } from './dto/stripe-webhook-result.dto';
import { StripeWebhookService } from './stripe-webhook.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

const UNAVAILABLE = 'PROVIDER_UNAVAILABLE: no payment provider in production, or Stripe did not answer.';

@ApiTags('billing')
@Controller('billing')
export class BillingController {
  constructor(
    private readonly billing: BillingService,
    private readonly webhook: StripeWebhookService,
  ) {}

  @Post('checkout')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Subscribe to premium',
    description: 'A Stripe Checkout Session for the premium price: send the user to `url`. In test mode (no STRIPE_SECRET_KEY, not production) the plan switches to premium at once and `url` is null.',
  })
  @ApiOkResponse({ type: BillingRedirectDto })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED or TOKEN_EXPIRED.' })
  @ApiConflictResponse({ description: 'CONFLICT: already premium (use the portal).' })
  @ApiServiceUnavailableResponse({ description: UNAVAILABLE })
  @ApiErrors('CONFLICT', 'PROVIDER_UNAVAILABLE')
  checkout(@CurrentUser() user: AuthUser): Promise<BillingRedirectDto> {
    return this.billing.checkout(user.id);
  }

  @Post('portal')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Manage or cancel the subscription',
    description: 'A Stripe Customer Portal session: send the user to `url`. In test mode the plan switches back to free at once and `url` is null.',
  })
  @ApiOkResponse({ type: BillingRedirectDto })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED or TOKEN_EXPIRED.' })
  @ApiConflictResponse({ description: 'CONFLICT: no Stripe customer yet (never subscribed).' })
  @ApiServiceUnavailableResponse({ description: UNAVAILABLE })
  @ApiErrors('CONFLICT', 'PROVIDER_UNAVAILABLE')
  portal(@CurrentUser() user: AuthUser): Promise<BillingRedirectDto> {
    return this.billing.portal(user.id);
  }

  @Public()
  @Post('stripe/webhook')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Stripe webhook',
    description: 'Verified with the Stripe SDK on the raw body. Handles checkout.session.completed, customer.subscription.updated and customer.subscription.deleted; idempotent by event id; an event older than the state already applied changes nothing.',
  })
  @ApiHeader({ name: 'Stripe-Signature', required: true, description: 'Set by Stripe: t=<unix seconds>,v1=<signature>.' })
  @ApiOkResponse({ type: StripeWebhookResultDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_SIGNATURE.' })
  @ApiServiceUnavailableResponse({ description: 'PROVIDER_UNAVAILABLE: Stripe is not configured.' })
  @ApiErrors('INVALID_SIGNATURE', 'PROVIDER_UNAVAILABLE', 'VALIDATION_FAILED', 'SERVICE_UNAVAILABLE')
  stripeWebhook(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string | undefined): Promise<StripeWebhookResultDto> {
    return this.webhook.handle(req.rawBody, signature);
  }
}
