import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { IdParamsDto } from '../../common/http/id-params.dto';
import { PageQueryDto } from '../../common/pagination';
import { InvitationPageDto } from './dto/invitation-page.dto';
import { InvitationResponseDto } from './dto/invitation-response.dto';
import { Invitations } from './invitations.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: Invitations) {}

  @Get()
  @ApiOkResponse({ type: InvitationPageDto, description: 'My pending event and playlist invitations, newest first.' })
  list(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<InvitationPageDto> {
    return this.invitations.listPending(user.id, page.limit, page.cursor);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationResponseDto })
  @ApiErrors('CONFLICT')
  accept(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto): Promise<InvitationResponseDto> {
    return this.invitations.accept(user.id, params.id);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationResponseDto })
  @ApiErrors('CONFLICT')
  decline(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto): Promise<InvitationResponseDto> {
    return this.invitations.decline(user.id, params.id);
  }
}
