import { ApiProperty } from '@nestjs/swagger';
import { PlaylistSummaryDto } from './playlist-summary.dto';

export class PlaylistPageDto {
  @ApiProperty({ type: [PlaylistSummaryDto] }) items: PlaylistSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
