import { ApiProperty } from '@nestjs/swagger';

export class DelegationEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ maxLength: 100 }) name: string;
}
