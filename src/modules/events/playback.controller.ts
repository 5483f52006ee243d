import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { PageQueryDto } from '../../common/pagination';
import { DelegateDto } from './dto/delegate.dto';
import { DelegateParamsDto } from './dto/delegate-params.dto';
import { FriendDeviceDto } from './dto/friend-device.dto';
import { GrantDelegateDto } from './dto/grant-delegate.dto';
import { PlayerDto } from './dto/player.dto';
import { SetPlayerDto } from './dto/set-player.dto';
import { EventParamsDto } from './dto/event-params.dto';
import { ExportHistoryDto } from './dto/export-history.dto';
import { PlaybackCommandDto } from './dto/playback-command.dto';
import { ExportedPlaylistDto } from './dto/exported-playlist.dto';
import { HistoryPageDto } from './dto/history-page.dto';
import { PlaybackDto } from './dto/playback.dto';
import { DelegationService } from './delegation.service';
import { HistoryExportService } from './history-export.service';
import { PlaybackService } from './playback.service';
import { PlayerService } from './player.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

const INVISIBLE = 'NOT_FOUND: the event does not exist or the caller may not see it.';
const NOT_CONTROLLER = 'FORBIDDEN: not the owner, a host or a delegate. DEVICE_NOT_DELEGATED: a delegate on a device the grant does not cover.';

@ApiTags('events')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a malformed id or body.' })
@ApiNotFoundResponse({ description: INVISIBLE })
@Controller('events/:id')
export class PlaybackController {
  constructor(
    private readonly playback: PlaybackService,
    private readonly player: PlayerService,
    private readonly delegation: DelegationService,
    private readonly historyExport: HistoryExportService,
  ) {}

  @Post('playback')
  @HttpCode(200)
  @ApiOperation({ summary: 'Control playback', description: 'Authorised by the calling session (device). next with fromEntryId advances once however often it is sent.' })
  @ApiOkResponse({ type: PlaybackDto })
  @ApiForbiddenResponse({ description: NOT_CONTROLLER })
  @ApiConflictResponse({ description: 'CONFLICT: the queue is empty or nothing is playing.' })
  @ApiErrors('FORBIDDEN', 'DEVICE_NOT_DELEGATED', 'CONFLICT')
  command(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: PlaybackCommandDto): Promise<PlaybackDto> {
    return this.playback.command(user.id, p.id, dto, user.sessionId);
  }

  @Put('player')
  @ApiOperation({
    summary: 'Choose the player device',
    description: 'The one device that plays the audio. Owner, hosts and delegates, from a device that controls playback, and only one of their own signed-in sessions. Broadcasts `player.changed`.',
  })
  @ApiOkResponse({ type: PlayerDto })
  @ApiForbiddenResponse({ description: `${NOT_CONTROLLER} Also a delegate choosing a device the grant does not cover.` })
  @ApiNotFoundResponse({ description: `${INVISIBLE} Also a session that is not a signed-in device of the caller.` })
  @ApiErrors('FORBIDDEN', 'DEVICE_NOT_DELEGATED')
  setPlayer(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: SetPlayerDto): Promise<PlayerDto> {
    return this.player.set(user, p.id, dto.sessionId);
  }

  @Get('delegates')
  @ApiOperation({ summary: 'Playback delegates', description: 'The Music Control Delegation grants of the event and the devices they cover.' })
  @ApiOkResponse({ type: [DelegateDto] })
  delegates(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<DelegateDto[]> {
    return this.delegation.list(user.id, p.id);
  }

  @Put('delegates/:userId')
  @ApiOperation({
    summary: 'Delegate playback control to a friend',
    description: 'Owner only. The delegate must be a friend of the owner or a host of the event. `devices` ("all" by default, or session ids of the delegate) chooses which of their devices may control playback. Granting again replaces the devices. Broadcasts `members.changed`.',
  })
  @ApiOkResponse({ type: DelegateDto })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: not the owner. NOT_FRIENDS: the user is neither a friend of the owner nor a host.' })
  @ApiNotFoundResponse({ description: `${INVISIBLE} Also an unknown user.` })
  @ApiConflictResponse({ description: 'CONFLICT: the owner always controls playback.' })
  @ApiErrors('FORBIDDEN', 'NOT_FRIENDS', 'CONFLICT')
  grant(@CurrentUser() user: AuthUser, @Param() p: DelegateParamsDto, @Body() dto: GrantDelegateDto): Promise<DelegateDto> {
    return this.delegation.grant(user.id, p.id, p.userId, dto.devices ?? 'all');
  }

  @Get('delegates/:userId/devices')
  @ApiOperation({
    summary: 'A friend’s devices, to delegate to',
    description:
      'Owner only. The signed-in devices (session id, platform, device name, last use) of a friend of the owner or a host of the event, and whether the current grant covers each, so the owner can choose `devices` for PUT /api/events/{id}/delegates/{userId}.',
  })
  @ApiOkResponse({ type: [FriendDeviceDto] })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: not the owner. NOT_FRIENDS: the user is neither a friend of the owner nor a host.' })
  @ApiNotFoundResponse({ description: `${INVISIBLE} Also an unknown user.` })
  @ApiConflictResponse({ description: 'CONFLICT: the owner always controls playback.' })
  @ApiErrors('FORBIDDEN', 'NOT_FRIENDS', 'CONFLICT')
  delegateDevices(@CurrentUser() user: AuthUser, @Param() p: DelegateParamsDto): Promise<FriendDeviceDto[]> {
    return this.delegation.devicesOf(user.id, p.id, p.userId);
  }

  @Delete('delegates/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a delegation', description: 'Owner only; idempotent. Broadcasts `members.changed`; a player device of the delegate is dropped.' })
  @ApiNoContentResponse({ description: 'Revoked (or there was no grant).' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: not the owner.' })
  @ApiErrors('FORBIDDEN')
  revoke(@CurrentUser() user: AuthUser, @Param() p: DelegateParamsDto): Promise<void> {
    return this.delegation.revoke(user.id, p.id, p.userId);
  }

  @Get('history')
  @ApiOperation({ summary: 'Played tracks', description: 'Most recently played first, with their final score.' })
  @ApiOkResponse({ type: HistoryPageDto })
  history(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Query() page: PageQueryDto): Promise<HistoryPageDto> {
    return this.playback.history(user.id, p.id, page.limit, page.cursor);
  }

  @Post('history/export')
  @ApiOperation({ summary: 'Export the history as a playlist' })
  @ApiCreatedResponse({ type: ExportedPlaylistDto, description: 'A new private playlist of mine with the tracks played, in order.' })
  @ApiErrors('CONFLICT')
  exportHistory(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: ExportHistoryDto): Promise<ExportedPlaylistDto> {
    return this.historyExport.exportHistory(user.id, p.id, dto.name);
  }
}
