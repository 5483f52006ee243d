import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { CreateEventDto } from './dto/create-event.dto';
import { UpdateEventDto } from './dto/update-event.dto';
import { EventParamsDto } from './dto/event-params.dto';
import { InviteToEventDto } from './dto/invite-to-event.dto';
import { ListEventsQueryDto } from './dto/list-events-query.dto';
import { EventDto } from './dto/event.dto';
import { EventInvitationDto } from './dto/event-invitation.dto';
import { EventPageDto } from './dto/event-page.dto';
import { EventsService } from './events.service';
import { MembershipService } from './membership.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly membership: MembershipService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: EventDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateEventDto): Promise<EventDto> {
    return this.events.create(user, dto);
  }

  @Get()
  @ApiOkResponse({ type: EventPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListEventsQueryDto): Promise<EventPageDto> {
    return this.events.list(user.id, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: EventDto, description: 'Private events: members and delegates only, else 404. canControlPlayback and isPlayer are for the calling device.' })
  get(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<EventDto> {
    return this.events.get(user.id, p.id, user.sessionId);
  }

  @Patch(':id')
  @ApiOkResponse({ type: EventDto, description: 'Owner and hosts.' })
  @ApiErrors('FORBIDDEN')
  update(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: UpdateEventDto): Promise<EventDto> {
    return this.events.update(user.id, p.id, dto, user.sessionId);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Owner only.' })
  @ApiErrors('FORBIDDEN')
  remove(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<void> {
    return this.events.remove(user.id, p.id);
  }

  @Post(':id/invitations')
  @ApiCreatedResponse({ type: EventInvitationDto, description: 'Owner and hosts invite guests; the owner invites hosts.' })
  @ApiErrors('FORBIDDEN', 'CONFLICT')
  invite(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: InviteToEventDto): Promise<EventInvitationDto> {
    return this.membership.invite(user.id, p.id, dto);
  }

  @Post(':id/join')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Public events only; idempotent.' })
  @ApiErrors('FORBIDDEN')
  join(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<void> {
    return this.membership.join(user.id, p.id);
  }

  @Post(':id/leave')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Ends membership, listening and delegation; idempotent.' })
  @ApiErrors('CONFLICT')
  leave(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<void> {
    return this.membership.leave(user.id, p.id);
  }
}
