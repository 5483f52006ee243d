import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { PageQueryDto } from '../../common/pagination';
import { EventMemberDto } from './dto/event-member.dto';
import { EventMembersDto } from './dto/event-members.dto';
import { ChangeMemberRoleDto } from './dto/change-member-role.dto';
import { EventParamsDto } from './dto/event-params.dto';
import { InvitationParamsDto } from './dto/invitation-params.dto';
import { MemberParamsDto } from './dto/member-params.dto';
import { EventMembersService } from './event-members.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

const INVISIBLE = 'NOT_FOUND: the event does not exist or the caller may not see it.';

@ApiTags('events')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a malformed id or body.' })
@Controller('events/:id')
export class EventMembersController {
  constructor(private readonly members: EventMembersService) {}

  @Get('members')
  @ApiOperation({
    summary: 'Who is in the event',
    description:
      'Owner, hosts, guests and delegates as user cards with their role, a page at a time (`items`, `nextCursor`), and the listener count. Pending invitations for the owner and hosts.',
  })
  @ApiOkResponse({ type: EventMembersDto })
  @ApiNotFoundResponse({ description: INVISIBLE })
  roster(@CurrentUser() user: AuthUser, @Param() p: EventParamsDto, @Query() page: PageQueryDto): Promise<EventMembersDto> {
    return this.members.roster(user.id, p.id, page);
  }

  @Delete('invitations/:invitationId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel a pending invitation', description: 'Owner and hosts; only the owner cancels a host invitation. Broadcasts `members.changed`.' })
  @ApiNoContentResponse({ description: 'Cancelled.' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: not the owner or a host, or a host cancelling a host invitation.' })
  @ApiNotFoundResponse({ description: `${INVISIBLE} Also an invitation that is not pending or not to this event.` })
  @ApiErrors('FORBIDDEN')
  cancelInvitation(@CurrentUser() user: AuthUser, @Param() p: InvitationParamsDto): Promise<void> {
    return this.members.cancelInvitation(user.id, p.id, p.invitationId);
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove a member',
    description: 'Owner and hosts remove guests; only the owner removes hosts. Their delegation and pending invitations go too, and their sockets leave the room if they may no longer see it.',
  })
  @ApiNoContentResponse({ description: 'Removed; `members.changed` with role null is broadcast.' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: not the owner or a host, or a host removing a host.' })
  @ApiNotFoundResponse({ description: `${INVISIBLE} Also a user who is not a member.` })
  @ApiConflictResponse({ description: 'CONFLICT: the owner cannot be removed.' })
  @ApiErrors('FORBIDDEN', 'CONFLICT')
  remove(@CurrentUser() user: AuthUser, @Param() p: MemberParamsDto): Promise<void> {
    return this.members.remove(user.id, p.id, p.userId);
  }

  @Patch('members/:userId')
  @ApiOperation({ summary: 'Promote or demote a member', description: 'Owner only: guest → host or host → guest. Broadcasts `members.changed`.' })
  @ApiOkResponse({ type: EventMemberDto })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: only the owner touches hosts.' })
  @ApiNotFoundResponse({ description: `${INVISIBLE} Also a user who is not a member.` })
  @ApiConflictResponse({ description: 'CONFLICT: the owner’s role cannot change.' })
  @ApiErrors('FORBIDDEN', 'CONFLICT')
  changeRole(@CurrentUser() user: AuthUser, @Param() p: MemberParamsDto, @Body() dto: ChangeMemberRoleDto): Promise<EventMemberDto> {
    return this.members.changeRole(user.id, p.id, p.userId, dto.role);
  }
}
