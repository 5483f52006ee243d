import { ApiProperty } from '@nestjs/swagger';

export class SkipVotesDto {
  @ApiProperty({ minimum: 0, description: 'Votes to skip the entry on the deck.' }) votes: number;
  @ApiProperty({ minimum: 1, description: 'Votes that skip it.' }) threshold: number;
  @ApiProperty({ description: 'Whether the caller voted to skip it.' }) votedByMe: boolean;
  @ApiProperty({ description: 'This vote reached the threshold and the track was skipped.' }) skipped: boolean;
}
