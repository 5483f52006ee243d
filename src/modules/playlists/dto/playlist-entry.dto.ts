import { ApiProperty } from '@nestjs/swagger';
import { TrackDto } from '../../music';
import { UserCardDto } from '../../users';

export class PlaylistEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: TrackDto }) track: TrackDto;
  @ApiProperty({ description: 'Fractional index key: entries sort by it byte-wise (ascending).', example: 'a0V' })
  position: string;
  @ApiProperty({ type: UserCardDto, nullable: true, description: 'Null once that account is deleted.' })
  addedBy: UserCardDto | null;
  @ApiProperty({ format: 'date-time' }) addedAt: string;
}
