import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';

export class SearchUsersQueryDto extends PageQueryDto {
  @ApiProperty({ minLength: 1, maxLength: 50, description: 'Display-name prefix; case and accents are ignored.' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  search: string;
}
