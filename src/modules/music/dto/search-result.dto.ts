import { ApiProperty } from '@nestjs/swagger';
import { TrackDto } from './track.dto';

export class SearchResultDto {
  @ApiProperty({ type: [TrackDto] })
  items: TrackDto[];
}
