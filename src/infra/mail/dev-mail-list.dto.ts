import { ApiProperty } from '@nestjs/swagger';
import { DevMailDto } from './dev-mail.dto';

export class DevMailListDto {
  @ApiProperty({ type: [DevMailDto] }) items: DevMailDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: null;
}
