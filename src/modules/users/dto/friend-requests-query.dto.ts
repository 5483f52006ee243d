import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';

export class FriendRequestsQueryDto extends PageQueryDto {
  @ApiProperty({ enum: ['incoming', 'outgoing'], required: false, default: 'incoming' })
  @IsOptional()
  @IsIn(['incoming', 'outgoing'])
  direction: 'incoming' | 'outgoing' = 'incoming';
}
