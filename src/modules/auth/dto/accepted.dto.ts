import { ApiProperty } from '@nestjs/swagger';

/** The body of every 202: identical whether or not the email has an account. */
export class AcceptedDto {
  @ApiProperty({ example: 'If this address can receive mail from us, a message is on its way.' })
  message: string;
}

export const ACCEPTED: AcceptedDto = { message: 'If this address can receive mail from us, a message is on its way.' };
