import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../../../common/auth';
import { IdParamsDto } from '../../../common/http/id-params.dto';
import { DeviceSessionDto, toDeviceSessionDto } from '../dto/device-session.dto';
import { SessionsService } from '../sessions/sessions.service';

/** Sessions are devices: list them, sign one out, or sign out everywhere else. */
@ApiTags('auth')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED or TOKEN_EXPIRED.' })
@Controller('auth/sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @ApiOperation({ summary: 'My signed-in devices', description: 'Live sessions, most recently seen first; `current` marks the calling device.' })
  @ApiOkResponse({ type: [DeviceSessionDto] })
  async list(@CurrentUser() user: AuthUser): Promise<DeviceSessionDto[]> {
    return (await this.sessions.devices(user.id)).map((row) => toDeviceSessionDto(row, user.sessionId));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign a device out',
    description: 'Its access and refresh tokens stop working at once, its sockets get `session.ended` and are disconnected, and delegation grants bound to it end.',
  })
  @ApiNoContentResponse({ description: 'Signed out.' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: the id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: not a live session of mine.' })
  revoke(@CurrentUser() user: AuthUser, @Param() p: IdParamsDto): Promise<void> {
    return this.sessions.revokeDevice(user.id, p.id);
  }

  @Post('revoke-others')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign every other device out', description: 'The calling device stays signed in.' })
  @ApiNoContentResponse({ description: 'Every other session ended.' })
  revokeOthers(@CurrentUser() user: AuthUser): Promise<void> {
    return this.sessions.revokeOtherDevices(user);
  }
}
