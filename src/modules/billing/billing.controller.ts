import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '../../common/auth';
import { BillingService } from './billing.service';
import { BillingEventDto, BillingWebhookResultDto } from './dto/billing-event.dto';
import { SIGNATURE_HEADER } from './webhook-signature';

@ApiTags('billing')
@Controller('billing')
export class BillingController {
  constructor(private readonly billing: BillingService) {}

  /** Signed by the payment provider over the raw body; a replayed event id changes nothing. */
  @Public()
  @Post('webhook')
  @HttpCode(200)
  @ApiHeader({ name: 'MusicRoom-Signature', required: true, description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">' })
  @ApiBody({ type: BillingEventDto })
  @ApiOkResponse({ type: BillingWebhookResultDto })
  webhook(@Req() req: RawBodyRequest<Request>, @Headers(SIGNATURE_HEADER) signature: string | undefined): Promise<BillingWebhookResultDto> {
    return this.billing.handleWebhook(req.rawBody, signature);
  }
}
