import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { DelegationParamsDto } from './dto/delegation-params.dto';
import { IncomingDelegationDto } from './dto/incoming-delegation.dto';
import { NarrowDelegationDto } from './dto/narrow-delegation.dto';
import { DelegationService } from './delegation.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

/** The delegate's side of Music Control Delegation: the grants I hold. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('delegations')
export class DelegationsController {
  constructor(private readonly delegation: DelegationService) {}

  @Get()
  @ApiOperation({ summary: 'Grants I hold', description: 'Playback delegations other owners gave me, newest first, with the devices they cover.' })
  @ApiOkResponse({ type: [IncomingDelegationDto] })
  incoming(@CurrentUser() user: AuthUser): Promise<IncomingDelegationDto[]> {
    return this.delegation.incoming(user.id);
  }

  @Put(':eventId')
  @ApiOperation({ summary: 'Narrow a grant to some of my devices', description: 'Never wider than the owner granted. Broadcasts `members.changed`.' })
  @ApiOkResponse({ type: IncomingDelegationDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: devices is not "all" or a list of my signed-in sessions.' })
  @ApiForbiddenResponse({ description: 'DEVICE_NOT_DELEGATED: a device the grant does not cover.' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no grant of mine for this event.' })
  @ApiErrors('DEVICE_NOT_DELEGATED')
  narrow(@CurrentUser() user: AuthUser, @Param() p: DelegationParamsDto, @Body() dto: NarrowDelegationDto): Promise<IncomingDelegationDto> {
    return this.delegation.narrow(user.id, p.eventId, dto.devices);
  }

  @Delete(':eventId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Give a grant up', description: 'Idempotent. Broadcasts `members.changed`.' })
  @ApiNoContentResponse({ description: 'Given up (or there was none).' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a malformed id.' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: the event does not exist or I may not see it.' })
  giveUp(@CurrentUser() user: AuthUser, @Param() p: DelegationParamsDto): Promise<void> {
    return this.delegation.giveUp(user.id, p.eventId);
  }
}
