import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { IsInt, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Public } from '../../../src/common/auth/public.decorator';
import { DomainError } from '../../../src/common/errors/domain-error';

class ProbeLocationDto {
  @IsInt() @Min(-90) @Max(90) lat: number;
}

export class ProbeBodyDto {
  @IsString() @MaxLength(10) name: string;
  @ValidateNested() @Type(() => ProbeLocationDto) location: ProbeLocationDto;
}

/** Routes that exist only in tests, to exercise the global pipe and filter on the real app. */
@Public()
@Controller('_probe')
export class ProbeController {
  @Post('echo')
  echo(@Body() body: ProbeBodyDto): ProbeBodyDto {
    return body;
  }

  @Get('crash')
  crash(): never {
    throw new Error('secret internal detail at /srv/app.ts:42');
  }

  @Get('domain')
  domain(): never {
    throw new DomainError('VOTE_OUTSIDE_AREA', 'You are 4.8 km from this event.', { distanceMeters: 4800 });
  }
}

@Module({ controllers: [ProbeController] })
export class ProbeModule {}
