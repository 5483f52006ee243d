import { Body, Controller, Delete, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { IdParamsDto } from '../../common/http/id-params.dto';
import { AddTrackDto } from './dto/add-track.dto';
import { MoveEntryDto } from './dto/move-entry.dto';
import { PlaylistEntryDto } from './dto/playlist-entry.dto';
import { PlaylistEntryParamsDto } from './dto/playlist-entry-params.dto';
import { IF_MATCH_HEADER, IfMatchVersion } from '../../common/http/if-match.decorator';
import { PlaylistEntriesService } from './playlist-entries.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

@ApiTags('playlists')
@ApiBearerAuth()
@Controller('playlists/:id/tracks')
export class PlaylistTracksController {
  constructor(private readonly entries: PlaylistEntriesService) {}

  @Post()
  @ApiHeader(IF_MATCH_HEADER)
  @ApiCreatedResponse({ type: PlaylistEntryDto, description: '409 CONFLICT when the playlist is full (2,000) or refuses duplicates.' })
  @ApiErrors('FORBIDDEN', 'VERSION_CONFLICT', 'CONFLICT', 'PROVIDER_UNAVAILABLE')
  add(
    @CurrentUser() user: AuthUser,
    @Param() params: IdParamsDto,
    @Body() dto: AddTrackDto,
    @IfMatchVersion() version: number | undefined,
  ): Promise<PlaylistEntryDto> {
    return this.entries.add(user.id, params.id, dto, version);
  }

  @Patch(':entryId')
  @ApiHeader(IF_MATCH_HEADER)
  @ApiOkResponse({ type: PlaylistEntryDto, description: 'Moved; 404 when the entry (or the one to go after) is gone.' })
  @ApiErrors('FORBIDDEN', 'VERSION_CONFLICT', 'CONFLICT')
  move(
    @CurrentUser() user: AuthUser,
    @Param() params: PlaylistEntryParamsDto,
    @Body() dto: MoveEntryDto,
    @IfMatchVersion() version: number | undefined,
  ): Promise<PlaylistEntryDto> {
    return this.entries.move(user.id, params.id, params.entryId, dto.afterEntryId, version);
  }

  @Delete(':entryId')
  @HttpCode(204)
  @ApiHeader(IF_MATCH_HEADER)
  @ApiNoContentResponse()
  @ApiErrors('FORBIDDEN', 'VERSION_CONFLICT')
  remove(@CurrentUser() user: AuthUser, @Param() params: PlaylistEntryParamsDto, @IfMatchVersion() version: number | undefined): Promise<void> {
    return this.entries.remove(user.id, params.id, params.entryId, version);
  }
}
