import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { PageQueryDto } from '../../common/pagination';
import { CLIENT_DEVICE_HEADER, ClientDevice } from './client-device.decorator';
import { DelegateParamsDto, EventParamsDto, ExportHistoryDto, GrantDelegateDto, PlaybackCommandDto } from './dto/requests.dto';
import { DelegateDto, ExportedPlaylistDto, HistoryPageDto, PlaybackDto } from './dto/responses.dto';
import { HistoryExportService } from './history-export.service';
import { MembershipService } from './membership.service';
import { PlaybackService } from './playback.service';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events/:id')
export class PlaybackController {
  constructor(
    private readonly playback: PlaybackService,
    private readonly membership: MembershipService,
    private readonly historyExport: HistoryExportService,
  ) {}

  @Post('playback')
  @HttpCode(200)
  @ApiHeader(CLIENT_DEVICE_HEADER)
  @ApiOkResponse({ type: PlaybackDto, description: 'Owner, hosts and delegates. next with fromEntryId advances once however often it is sent.' })
  command(
    @CurrentUser() user: AuthUser,
    @Param() p: EventParamsDto,
    @Body() dto: PlaybackCommandDto,
    @ClientDevice() device: string | null,
  ): Promise<PlaybackDto> {
    return this.playback.command(user.id, p.id, dto, device);
  }

  @Get('delegates')
  @ApiOkResponse({ type: [DelegateDto] })
  delegates(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<DelegateDto[]> {
    return this.membership.delegates(user.id, p.id);
  }

  @Put('delegates/:userId')
  @ApiOkResponse({ type: DelegateDto, description: 'Owner only: Music Control Delegation to a member or listener.' })
  grant(@CurrentUser() user: AuthUser, @Param() p: DelegateParamsDto, @Body() dto: GrantDelegateDto): Promise<DelegateDto> {
    return this.membership.grantDelegate(user.id, p.id, p.userId, dto);
  }

  @Delete('delegates/:userId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Owner only; idempotent.' })
  revoke(@CurrentUser() user: AuthUser, @Param() p: DelegateParamsDto): Promise<void> {
    return this.membership.revokeDelegate(user.id, p.id, p.userId);
  }

  @Get('history')
  @ApiOkResponse({ type: HistoryPageDto })
  history(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Query() page: PageQueryDto): Promise<HistoryPageDto> {
    return this.playback.history(user.id, p.id, page.limit, page.cursor);
  }

  @Post('history/export')
  @ApiCreatedResponse({ type: ExportedPlaylistDto, description: 'A new private playlist of mine with the tracks played, in order.' })
  exportHistory(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: ExportHistoryDto): Promise<ExportedPlaylistDto> {
    return this.historyExport.exportHistory(user.id, p.id, dto.name);
  }
}
