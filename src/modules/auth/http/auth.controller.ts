import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, Public, type AuthUser } from '../../../common/auth';
import { PasswordAuthService } from '../accounts/password-auth.service';
import { RegistrationService } from '../accounts/registration.service';
import { ACCEPTED, AcceptedDto } from '../dto/accepted.dto';
import { ChangePasswordDto } from '../dto/change-password.dto';
import { EmailDto } from '../dto/email.dto';
import { LoginDto } from '../dto/login.dto';
import { RefreshTokenDto } from '../dto/refresh-token.dto';
import { RegisterDto } from '../dto/register.dto';
import { SessionDto } from '../dto/session.dto';
import { ResetPasswordDto } from '../dto/reset-password.dto';
import { TokenDto } from '../dto/token.dto';
import { AuthRateLimit } from '../rate-limits/auth-rate-limit.decorator';
import type { ClientInfo } from '../../../common/http/client-info';
import { SessionsService } from '../sessions/sessions.service';
import { Client } from '../../../common/http/client-info.decorator';
import { SessionCookies } from './session-cookies';
import { ApiErrors } from '../../../common/http/api-errors.decorator';

@ApiTags('auth')
@ApiTooManyRequestsResponse({ description: 'RATE_LIMITED, with Retry-After.' })
@Controller('auth')
export class AuthController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly passwords: PasswordAuthService,
    private readonly sessions: SessionsService,
    private readonly cookies: SessionCookies,
  ) {}

  @Public()
  @AuthRateLimit()
  @Post('register')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedDto, description: 'Always, whether or not the email has an account: it gets a mail either way.' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED (including a password that breaks the policy).' })
  @ApiErrors('SERVICE_UNAVAILABLE')
  async register(@Body() dto: RegisterDto): Promise<AcceptedDto> {
    await this.registration.register(dto);
    return ACCEPTED;
  }

  @Public()
  @Post('verify-email')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  @ApiBadRequestResponse({ description: 'INVALID_TOKEN: unknown, used or expired.' })
  @ApiErrors('INVALID_TOKEN', 'SERVICE_UNAVAILABLE')
  async verifyEmail(@Body() dto: TokenDto, @Client() client: ClientInfo, @Res({ passthrough: true }) res: Response): Promise<SessionDto> {
    return this.cookies.respond(res, await this.registration.verifyEmail(dto.token, client), client);
  }

  @Public()
  @AuthRateLimit()
  @Post('resend-verification')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedDto })
  resendVerification(@Body() dto: EmailDto): AcceptedDto {
    this.registration.requestVerificationResend(dto.email);
    return ACCEPTED;
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiForbiddenResponse({ description: 'EMAIL_NOT_VERIFIED' })
  @ApiErrors('INVALID_CREDENTIALS', 'EMAIL_NOT_VERIFIED', 'SERVICE_UNAVAILABLE')
  async login(@Body() dto: LoginDto, @Client() client: ClientInfo, @Res({ passthrough: true }) res: Response): Promise<SessionDto> {
    return this.cookies.respond(res, await this.passwords.login(dto.email, dto.password, client), client);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto, description: 'A new pair; the refresh token sent is spent. Reusing a spent one ends the session.' })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED' })
  @ApiErrors('UNAUTHENTICATED', 'SERVICE_UNAVAILABLE')
  async refresh(
    @Body() dto: RefreshTokenDto,
    @Client() client: ClientInfo,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionDto> {
    const session = await this.sessions.refresh(this.cookies.refreshToken(req, dto.refreshToken, client), client);
    return this.cookies.respond(res, session, client);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session of this refresh token is ended (also when it was already, or no token came).' })
  @ApiErrors('SERVICE_UNAVAILABLE')
  async logout(@Body() dto: RefreshTokenDto, @Client() client: ClientInfo, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = this.cookies.optionalRefreshToken(req, dto.refreshToken, client);
    this.cookies.clearRefresh(res);
    if (token) await this.sessions.end(token);
  }

  @Public()
  @AuthRateLimit()
  @Post('forgot-password')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedDto })
  forgotPassword(@Body() dto: EmailDto): AcceptedDto {
    this.passwords.requestPasswordReset(dto.email);
    return ACCEPTED;
  }

  @Public()
  @Post('reset-password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password set; every session of the account is ended.' })
  @ApiBadRequestResponse({ description: 'INVALID_TOKEN, or VALIDATION_FAILED for a weak password (the link stays usable).' })
  @ApiErrors('INVALID_TOKEN', 'SERVICE_UNAVAILABLE')
  async resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    await this.passwords.resetPassword(dto.token, dto.password);
  }

  @Post('change-password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Password changed; the other sessions of the account are ended.' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS: the current password is wrong.' })
  @ApiErrors('INVALID_CREDENTIALS')
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto, @Client() client: ClientInfo): Promise<void> {
    await this.passwords.changePassword(user, dto.currentPassword, dto.newPassword, client);
  }
}
