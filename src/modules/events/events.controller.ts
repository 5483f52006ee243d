import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { CLIENT_DEVICE_HEADER, ClientDevice } from './client-device.decorator';
import { CreateEventDto, UpdateEventDto } from './dto/event-settings.dto';
import { EventParamsDto, InviteToEventDto, ListEventsQueryDto } from './dto/requests.dto';
import { EventDto, EventInvitationDto, EventPageDto } from './dto/responses.dto';
import { EventsService } from './events.service';
import { MembershipService } from './membership.service';

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
    return this.events.create(user.id, dto);
  }

  @Get()
  @ApiOkResponse({ type: EventPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListEventsQueryDto): Promise<EventPageDto> {
    return this.events.list(user.id, query);
  }

  @Get(':id')
  @ApiHeader(CLIENT_DEVICE_HEADER)
  @ApiOkResponse({ type: EventDto, description: 'Private events: members only, else 404.' })
  get(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @ClientDevice() device: string | null): Promise<EventDto> {
    return this.events.get(user.id, p.id, device);
  }

  @Patch(':id')
  @ApiHeader(CLIENT_DEVICE_HEADER)
  @ApiOkResponse({ type: EventDto, description: 'Owner and hosts.' })
  update(
    @CurrentUser() user: AuthUser,
    @Param() p: EventParamsDto,
    @Body() dto: UpdateEventDto,
    @ClientDevice() device: string | null,
  ): Promise<EventDto> {
    return this.events.update(user.id, p.id, dto, device);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Owner only.' })
  remove(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<void> {
    return this.events.remove(user.id, p.id);
  }

  @Post(':id/invitations')
  @ApiCreatedResponse({ type: EventInvitationDto, description: 'Owner and hosts invite guests; the owner invites hosts.' })
  invite(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Body() dto: InviteToEventDto): Promise<EventInvitationDto> {
    return this.membership.invite(user.id, p.id, dto);
  }

  @Post(':id/join')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Public events only; idempotent.' })
  join(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<void> {
    return this.membership.join(user.id, p.id);
  }

  @Post(':id/leave')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Ends membership, listening and delegation; idempotent.' })
  leave(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto): Promise<void> {
    return this.membership.leave(user.id, p.id);
  }
}
