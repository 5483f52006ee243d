import { ApiProperty } from '@nestjs/swagger';

export class ImportSkippedDto {
  @ApiProperty({ minimum: 0, description: 'Already waiting or playing in the event, or repeated in the playlist.' }) duplicates: number;
  @ApiProperty({ minimum: 0, description: "Longer than the event's maxTrackDurationMs." }) tooLong: number;
  @ApiProperty({ minimum: 0, description: 'Played too recently to be proposed again.' }) recentlyPlayed: number;
  @ApiProperty({ minimum: 0, description: "Left out once the caller's maxProposalsPerUser was reached." }) overLimit: number;
}
