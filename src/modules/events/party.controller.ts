import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { EventCodeRateLimit } from '../../common/http/event-code-rate-limit.decorator';
import { CrowdSkipService } from './crowd-skip.service';
import { EventCodeParamsDto } from './dto/event-code-params.dto';
import { ImportPlaylistDto } from './dto/import-playlist.dto';
import { SkipVoteDto } from './dto/skip-vote.dto';
import { EventParamsDto } from './dto/event-params.dto';
import { EventDto } from './dto/event.dto';
import { EventPreviewDto } from './dto/event-preview.dto';
import { ImportResultDto } from './dto/import-result.dto';
import { SkipVotesDto } from './dto/skip-votes.dto';
import { EventCodesService } from './event-codes.service';
import { EventsService } from './events.service';
import { PlaylistImportService } from './playlist-import.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

const INVISIBLE = 'NOT_FOUND: no such event, or a private event the caller is not in.';
const LICENCE = 'FORBIDDEN / NOT_INVITED / VOTE_OUTSIDE_AREA / VOTE_OUTSIDE_WINDOW: the voting licence refuses the caller.';

/** The party features: join codes and QR, crowd skip, seeding the queue from a playlist. */
@ApiTags('events')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a malformed id, code or body (details name the field).' })
@Controller('events')
export class PartyController {
  constructor(
    private readonly codes: EventCodesService,
    private readonly events: EventsService,
    private readonly crowdSkip: CrowdSkipService,
    private readonly playlistImport: PlaylistImportService,
  ) {}

  @Get('by-code/:code')
  @EventCodeRateLimit()
  @ApiOkResponse({
    type: EventPreviewDto,
    description: 'Resolves a join code. Unknown code, or a private event without joinByLink that the caller is not in → 404. Rate-limited (429).',
  })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: unknown code, or a private event without joinByLink.' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED: too many code lookups (RATE_LIMIT_EVENT_CODE_PER_MINUTE), with Retry-After.' })
  byCode(@CurrentUser() user: AuthUser, @Param() p: EventCodeParamsDto): Promise<EventPreviewDto> {
    return this.codes.preview(user.id, p.code);
  }

  @Post('by-code/:code/join')
  @HttpCode(200)
  @EventCodeRateLimit()
  @ApiOkResponse({ type: EventDto, description: 'Public event: the caller becomes a listener. Private event with joinByLink: a guest. Idempotent.' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: unknown code, or a private event without joinByLink.' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED: too many code lookups (RATE_LIMIT_EVENT_CODE_PER_MINUTE), with Retry-After.' })
  joinByCode(@CurrentUser() user: AuthUser, @Param() p: EventCodeParamsDto): Promise<EventDto> {
    return this.codes.join(user.id, p.code, user.sessionId);
  }

  @Post(':id/code')
  @HttpCode(200)
  @ApiOkResponse({ type: EventDto, description: 'Owner only: a new join code; the old one stops working.' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: not the owner.' })
  @ApiNotFoundResponse({ description: INVISIBLE })
  @ApiErrors('FORBIDDEN')
  regenerateCode(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<EventDto> {
    return this.events.regenerateCode(user.id, p.id, user.sessionId);
  }

  @Get(':id/qr.svg')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'QR code of the join link <PUBLIC_URL>/e/<code>.', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: INVISIBLE })
  async qr(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const svg = await this.codes.qrSvg(user.id, p.id);
    // Set once the SVG exists: an error keeps the JSON error body and its content type.
    res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-cache');
    return svg;
  }

  @Get(':id/playback/skip-vote')
  @ApiOkResponse({ type: SkipVotesDto, description: 'Skip votes for the entry on the deck, and the threshold.' })
  @ApiNotFoundResponse({ description: INVISIBLE })
  skipVotes(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<SkipVotesDto> {
    return this.crowdSkip.status(user.id, p.id);
  }

  @Put(':id/playback/skip-vote')
  @ApiOkResponse({
    type: SkipVotesDto,
    description: 'Listeners and members, under the voting licence. Idempotent. Reaching the threshold skips the track once (playback.changed, reason crowd_skip).',
  })
  @ApiForbiddenResponse({ description: `${LICENCE} FORBIDDEN also when the caller is neither a listener nor a member.` })
  @ApiNotFoundResponse({ description: INVISIBLE })
  @ApiConflictResponse({ description: 'CONFLICT: nothing is playing (reason nothing_playing), or entryId is no longer on the deck (track_changed).' })
  @ApiErrors('FORBIDDEN', 'NOT_INVITED', 'VOTE_OUTSIDE_WINDOW', 'LOCATION_REQUIRED', 'VOTE_OUTSIDE_AREA', 'CONFLICT')
  voteSkip(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: SkipVoteDto): Promise<SkipVotesDto> {
    return this.crowdSkip.vote(user.id, p.id, dto);
  }

  @Delete(':id/playback/skip-vote')
  @ApiOkResponse({ type: SkipVotesDto, description: 'Withdraws the caller’s skip vote. Idempotent.' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: neither a listener nor a member.' })
  @ApiNotFoundResponse({ description: INVISIBLE })
  @ApiConflictResponse({ description: 'CONFLICT: nothing is playing, or entryId is no longer on the deck.' })
  @ApiErrors('FORBIDDEN', 'NOT_INVITED', 'VOTE_OUTSIDE_WINDOW', 'CONFLICT')
  unvoteSkip(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: SkipVoteDto): Promise<SkipVotesDto> {
    return this.crowdSkip.unvote(user.id, p.id, dto);
  }

  @Post(':id/tracks/import')
  @HttpCode(200)
  @ApiOkResponse({
    type: ImportResultDto,
    description: "Proposes a readable playlist's tracks in order, under the caller's caps; duplicates and refusals are counted, not errors.",
  })
  @ApiForbiddenResponse({ description: LICENCE })
  @ApiNotFoundResponse({ description: `${INVISIBLE} Also a playlist the caller cannot read.` })
  @ApiErrors('NOT_INVITED', 'VOTE_OUTSIDE_WINDOW', 'LOCATION_REQUIRED', 'VOTE_OUTSIDE_AREA')
  importPlaylist(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: ImportPlaylistDto): Promise<ImportResultDto> {
    return this.playlistImport.importPlaylist(user.id, p.id, dto);
  }
}
