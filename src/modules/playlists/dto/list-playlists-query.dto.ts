import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import type { PlaylistScope } from '../playlists.repository';

const SCOPES: PlaylistScope[] = ['public', 'mine', 'shared'];

export class ListPlaylistsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: SCOPES,
    default: 'public',
    description: '`public`: every public playlist; `mine`: those I own; `shared`: those I was invited to and joined.',
  })
  @IsOptional()
  @IsIn(SCOPES)
  scope: PlaylistScope = 'public';
}
