import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { IdParamsDto } from '../../common/http/id-params.dto';
import { PageQueryDto } from '../../common/pagination';
import { CreatePlaylistDto } from './dto/create-playlist.dto';
import { InviteToPlaylistDto } from './dto/invite-to-playlist.dto';
import { ListPlaylistsQueryDto } from './dto/list-playlists-query.dto';
import { PlaylistDto } from './dto/playlist.dto';
import { PlaylistInvitationDto } from './dto/playlist-invitation.dto';
import { PlaylistMemberParamsDto } from './dto/playlist-member-params.dto';
import { PlaylistInvitationParamsDto } from './dto/playlist-invitation-params.dto';
import { PlaylistMembersDto } from './dto/playlist-members.dto';
import { PlaylistPageDto } from './dto/playlist-page.dto';
import { UpdatePlaylistDto } from './dto/update-playlist.dto';
import { IF_MATCH_HEADER, IfMatchVersion } from '../../common/http/if-match.decorator';
import { PlaylistMembersService } from './playlist-members.service';
import { PlaylistsService } from './playlists.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

@ApiTags('playlists')
@ApiBearerAuth()
@Controller('playlists')
export class PlaylistsController {
  constructor(
    private readonly playlists: PlaylistsService,
    private readonly members: PlaylistMembersService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: PlaylistDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePlaylistDto): Promise<PlaylistDto> {
    return this.playlists.create(user.id, dto);
  }

  @Get()
  @ApiOkResponse({ type: PlaylistPageDto, description: 'Newest first.' })
  list(@CurrentUser() user: AuthUser, @Query() query: ListPlaylistsQueryDto): Promise<PlaylistPageDto> {
    return this.playlists.list(user.id, query.scope, query.limit, query.cursor);
  }

  @Get(':id')
  @ApiOkResponse({ type: PlaylistDto, description: 'A private playlist is 404 to anyone but its owner and members.' })
  get(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto): Promise<PlaylistDto> {
    return this.playlists.get(user.id, params.id);
  }

  @Patch(':id')
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: PlaylistDto, description: 'Owner only.' })
  @ApiErrors('FORBIDDEN', 'VERSION_CONFLICT')
  update(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Body() dto: UpdatePlaylistDto,
    @IfMatchVersion() version: number | undefined,
  ): Promise<PlaylistDto> {
    return this.playlists.update(user.id, params.id, dto, version);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiNoContentResponse({ description: 'Owner only; pending invitations are revoked.' })
  @ApiErrors('FORBIDDEN', 'VERSION_CONFLICT')
  remove(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @IfMatchVersion() version: number | undefined): Promise<void> {
    return this.playlists.remove(user.id, params.id, version);
  }

  @Post(':id/invitations')
  @ApiCreatedResponse({ type: PlaylistInvitationDto, description: 'Owner only. 200 with the same invitation when it was already pending.' })
  @ApiErrors('FORBIDDEN', 'CONFLICT')
  async invite(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Body() dto: InviteToPlaylistDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PlaylistInvitationDto> {
    const { invitation, created } = await this.members.invite(user.id, params.id, dto.userId);
    if (!created) res.status(200);
    return invitation;
  }

  @Get(':id/members')
  @ApiOperation({
    summary: 'Who is in the playlist',
    description: 'The owner and members with their role, a page at a time (`items`, `nextCursor`); pending invitations for the owner only.',
  })
  @ApiOkResponse({ type: PlaylistMembersDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: the playlist does not exist or the caller may not see it.' })
  roster(@CurrentUser() user: AuthUser, @Param() params: IdParamsDto, @Query() page: PageQueryDto): Promise<PlaylistMembersDto> {
    return this.members.roster(user.id, params.id, page);
  }

  @Delete(':id/invitations/:invitationId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel a pending invitation', description: 'Owner only. Broadcasts `members.changed`.' })
  @ApiNoContentResponse({ description: 'Cancelled.' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: not the owner.' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: an invisible playlist, or an invitation that is not pending or not to this playlist.' })
  @ApiErrors('FORBIDDEN')
  cancelInvitation(@CurrentUser() user: AuthUser, @Param() params: PlaylistInvitationParamsDto): Promise<void> {
    return this.members.cancelInvitation(user.id, params.id, params.invitationId);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiNoContentResponse({ description: 'The owner removes a member, or a member leaves.' })
  @ApiErrors('FORBIDDEN', 'VERSION_CONFLICT')
  removeMember(
    @CurrentUser() user: AuthUser,
    @Param() params: PlaylistMemberParamsDto,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.members.removeMember(user.id, params.id, params.userId, version);
  }
}
