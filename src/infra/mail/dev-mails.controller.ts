import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth';
import { MAILER } from './mailer';
import type { DevOutboxMailer } from './dev-outbox-mailer';
import { DevMailListDto } from './dev-mail-list.dto';

/** The dev outbox, newest first. Mounted only outside production and only when SMTP_URL is unset. */
@ApiTags('dev')
@Public()
@Controller('dev/mails')
export class DevMailsController {
  constructor(@Inject(MAILER) private readonly outbox: DevOutboxMailer) {}

  @Get()
  @ApiOkResponse({ type: DevMailListDto })
  list(): DevMailListDto {
    const items = this.outbox.list().map((m) => ({ to: m.to, subject: m.subject, text: m.text, html: m.html, sentAt: m.sentAt.toISOString() }));
    return { items, nextCursor: null };
  }
}
