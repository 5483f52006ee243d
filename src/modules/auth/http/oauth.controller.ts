import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiFoundResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, Public, type AuthUser } from '../../../common/auth';
import { IdentityDto } from '../dto/identity.dto';
import { OAuthLinkDto } from '../dto/oauth-link.dto';
import { OAuthLinkUrlDto } from '../dto/oauth-link-url.dto';
import { OAuthProviderDto } from '../dto/oauth-provider.dto';
import { OAuthProviderParamsDto } from '../dto/oauth-provider-params.dto';
import { OAuthStartQueryDto } from '../dto/oauth-start-query.dto';
import { SessionDto } from '../dto/session.dto';
import { OAuthCodeDto } from '../dto/oauth-code.dto';
import { IdentitiesService } from '../oauth/identities.service';
import { OAuthProviders } from '../oauth/oauth-providers';
import { OAuthService } from '../oauth/oauth.service';
import type { ClientInfo } from '../../../common/http/client-info';
import { Client } from '../../../common/http/client-info.decorator';
import { SessionCookies } from './session-cookies';
import { ApiErrors } from '../../../common/http/api-errors.decorator';

@ApiTags('auth')
@Controller('auth')
export class OAuthController {
  constructor(
    private readonly oauth: OAuthService,
    private readonly identities: IdentitiesService,
    private readonly cookies: SessionCookies,
    private readonly providers: OAuthProviders,
  ) {}

  @Public()
  @Get('providers')
  @ApiOkResponse({ type: [OAuthProviderDto], description: 'The sign-in providers configured on this server (none, Google, 42), for the sign-in buttons.' })
  listProviders(): OAuthProviderDto[] {
    return this.providers.list();
  }

  @Public()
  @Get('oauth/:provider')
  @ApiFoundResponse({ description: "Redirect to the provider, with a signed state (and PKCE for Google); sets the flow's nonce cookie." })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: redirectUri is not allow-listed.' })
  @ApiErrors('PROVIDER_UNAVAILABLE', 'INVALID_TOKEN', 'SERVICE_UNAVAILABLE')
  async start(@Param() p: OAuthProviderParamsDto, @Query() q: OAuthStartQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { location, cookie } = await this.oauth.start(p.provider, q.redirectUri, q.linkTicket, req);
    this.cookies.setOAuthNonce(res, cookie);
    res.redirect(302, location);
  }

  @Public()
  @Get('oauth/:provider/callback')
  @ApiFoundResponse({ description: 'Back to redirectUri with ?code=<one-time code>, ?linkCode=<code to confirm> or ?error=<code>.' })
  @ApiBadRequestResponse({ description: 'OAUTH_STATE_INVALID: no state this server issued, so no safe place to go back to.' })
  @ApiErrors('OAUTH_STATE_INVALID', 'PROVIDER_UNAVAILABLE', 'SERVICE_UNAVAILABLE')
  async callback(@Param() p: OAuthProviderParamsDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    const location = await this.oauth.callback(p.provider, req);
    this.cookies.clearOAuthNonce(res);
    res.redirect(302, location);
  }

  @Public()
  @Post('oauth/exchange')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  @ApiBadRequestResponse({ description: 'INVALID_TOKEN: unknown, used or older than 60 s.' })
  @ApiErrors('INVALID_TOKEN', 'SERVICE_UNAVAILABLE')
  async exchange(@Body() dto: OAuthCodeDto, @Client() client: ClientInfo, @Res({ passthrough: true }) res: Response): Promise<SessionDto> {
    return this.cookies.respond(res, await this.oauth.exchange(dto.code, client), client);
  }

  @Post('oauth/:provider/link')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: OAuthLinkUrlDto })
  @ApiErrors('PROVIDER_UNAVAILABLE')
  async link(@CurrentUser() user: AuthUser, @Param() p: OAuthProviderParamsDto, @Body() dto: OAuthLinkDto): Promise<OAuthLinkUrlDto> {
    return { url: await this.oauth.linkUrl(user, p.provider, dto.redirectUri) };
  }

  @Post('oauth/link/confirm')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The identity is linked to the signed-in account.' })
  @ApiBadRequestResponse({ description: 'INVALID_TOKEN: unknown, used or older than 5 minutes.' })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: the link was started by another account (the code is spent).' })
  @ApiConflictResponse({ description: 'CONFLICT: that provider account is linked to someone else, or this account has another one.' })
  @ApiErrors('INVALID_TOKEN', 'FORBIDDEN', 'CONFLICT', 'PROVIDER_UNAVAILABLE')
  async confirmLink(@CurrentUser() user: AuthUser, @Body() dto: OAuthCodeDto): Promise<void> {
    await this.oauth.confirmLink(user, dto.code);
  }

  @Get('identities')
  @ApiBearerAuth()
  @ApiOkResponse({ type: [IdentityDto] })
  async listIdentities(@CurrentUser() user: AuthUser): Promise<IdentityDto[]> {
    return (await this.identities.list(user)).map((m) => ({ provider: m.provider, linkedAt: m.linkedAt.toISOString() }));
  }

  @Delete('identities/:provider')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'CONFLICT: it is the last way to sign in.' })
  @ApiErrors('CONFLICT')
  async unlink(@CurrentUser() user: AuthUser, @Param() p: OAuthProviderParamsDto): Promise<void> {
    await this.identities.unlink(user, p.provider);
  }
}
