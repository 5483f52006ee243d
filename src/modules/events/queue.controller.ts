import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiUnprocessableEntityResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { EntryParamsDto } from './dto/entry-params.dto';
import { EventParamsDto } from './dto/event-params.dto';
import { ProposeTrackDto } from './dto/propose-track.dto';
import { VoteDto } from './dto/vote.dto';
import { QueueEntryDto } from './dto/queue-entry.dto';
import { VoteResultDto } from './dto/vote-result.dto';
import { QueueService } from './queue.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events/:id/tracks')
export class QueueController {
  constructor(private readonly queue: QueueService) {}

  @Post()
  @ApiCreatedResponse({ type: QueueEntryDto, description: 'Already waiting in the queue, or played too recently → 409.' })
  @ApiUnprocessableEntityResponse({ description: "TRACK_TOO_LONG: longer than the event's maxTrackDurationMs (details: maxTrackDurationMs, durationMs)." })
  @ApiErrors('NOT_INVITED', 'VOTE_OUTSIDE_WINDOW', 'LOCATION_REQUIRED', 'VOTE_OUTSIDE_AREA', 'CONFLICT', 'TRACK_TOO_LONG', 'PROVIDER_UNAVAILABLE')
  propose(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: ProposeTrackDto): Promise<QueueEntryDto> {
    return this.queue.propose(user.id, p.id, dto);
  }

  @Delete(':entryId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The proposer, the owner or a host.' })
  @ApiErrors('FORBIDDEN', 'CONFLICT')
  remove(@CurrentUser() user: AuthUser, @Param() p: EntryParamsDto): Promise<void> {
    return this.queue.remove(user.id, p.id, p.entryId);
  }

  @Put(':entryId/vote')
  @ApiOkResponse({ type: VoteResultDto, description: 'Idempotent.' })
  @ApiErrors('NOT_INVITED', 'VOTE_OUTSIDE_WINDOW', 'LOCATION_REQUIRED', 'VOTE_OUTSIDE_AREA', 'CONFLICT')
  vote(@CurrentUser() user: AuthUser, @Param() p: EntryParamsDto, @Body() dto: VoteDto): Promise<VoteResultDto> {
    return this.queue.vote(user.id, p.id, p.entryId, dto.location ?? null);
  }

  @Delete(':entryId/vote')
  @ApiOkResponse({ type: VoteResultDto, description: 'Idempotent.' })
  @ApiErrors('NOT_INVITED', 'VOTE_OUTSIDE_WINDOW', 'CONFLICT')
  unvote(@CurrentUser() user: AuthUser, @Param() p: EntryParamsDto): Promise<VoteResultDto> {
    return this.queue.unvote(user.id, p.id, p.entryId);
  }
}
