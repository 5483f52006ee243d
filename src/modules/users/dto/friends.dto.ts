import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import { UserCardDto } from './user-card.dto';

export class SendFriendRequestDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() userId: string;
}

export class FriendRequestsQueryDto extends PageQueryDto {
  @ApiProperty({ enum: ['incoming', 'outgoing'], required: false, default: 'incoming' })
  @IsOptional()
  @IsIn(['incoming', 'outgoing'])
  direction: 'incoming' | 'outgoing' = 'incoming';
}

export class FriendRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ type: UserCardDto }) from: UserCardDto;
  @ApiProperty({ type: UserCardDto }) to: UserCardDto;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class FriendshipDto {
  @ApiProperty({ enum: ['friends'] }) status: 'friends';
  @ApiProperty({ type: UserCardDto }) user: UserCardDto;
}

export class FriendDto {
  @ApiProperty({ type: UserCardDto }) user: UserCardDto;
  @ApiProperty({ type: String, format: 'date-time' }) since: string;
}

export class FriendPageDto {
  @ApiProperty({ type: [FriendDto] }) items: FriendDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class FriendRequestPageDto {
  @ApiProperty({ type: [FriendRequestDto] }) items: FriendRequestDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
