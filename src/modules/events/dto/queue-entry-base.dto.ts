import { ApiProperty } from '@nestjs/swagger';
import { TrackDto } from '../../music';
import { UserCardDto } from '../../users';

/** A queue entry as broadcast to every viewer: no per-viewer field. */
export class QueueEntryBaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: TrackDto }) track: TrackDto;
  @ApiProperty({ type: UserCardDto, nullable: true, description: 'Null when the proposer deleted their account.' })
  proposedBy: UserCardDto | null;
  @ApiProperty({ minimum: 0 }) score: number;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
}
