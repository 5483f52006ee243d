import { ApiProperty } from '@nestjs/swagger';

export class VoteResultDto {
  @ApiProperty({ minimum: 0 }) score: number;
  @ApiProperty() votedByMe: boolean;
}
