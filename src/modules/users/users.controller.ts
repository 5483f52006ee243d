import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Public, type AuthUser } from '../../common/auth';
import { DomainError } from '../../common/errors/domain-error';
import { IdParamsDto } from '../../common/http/id-params.dto';
import { UploadLimit } from '../../common/http/upload-limit.interceptor';
import { OptionalUser } from '../../common/http/optional-user.decorator';
import { AiAvatarsService } from './ai-avatars.service';
import { AvatarsService } from './avatars.service';
import { AvatarUrlDto } from './dto/avatar-url.dto';
import { GenerateAvatarDto } from './dto/generate-avatar.dto';
import { MeDto } from './dto/me.dto';
import { ProfileDto } from './dto/profile.dto';
import { SearchUsersQueryDto } from './dto/search-users-query.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { UserCardPageDto } from './dto/user-card-page.dto';
import { ProfilesService } from './profiles.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The avatar form holds one file and nothing else. Multer keeps text fields in memory, so every part of the
 * request is bounded: no text fields, one file, one part, short names and few headers (an excess answers
 * 400 VALIDATION_FAILED, a big file 413, in the error contract).
 */
export const AVATAR_UPLOAD_LIMITS = { fileSize: AVATAR_MAX_BYTES, files: 1, fields: 0, parts: 1, fieldSize: 1024, fieldNameSize: 64, headerPairs: 20 };

interface UploadedAvatar {
  buffer: Buffer;
  mimetype?: string;
}

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly avatars: AvatarsService,
    private readonly ai: AiAvatarsService,
  ) {}

  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.profiles.me(user.id);
  }

  @Patch('me')
  @ApiOkResponse({ type: MeDto })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto): Promise<MeDto> {
    return this.profiles.update(user.id, dto);
  }

  @Put('me/avatar')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: AvatarUrlDto })
  @UseInterceptors(new UploadLimit(AVATAR_MAX_BYTES), FileInterceptor('file', { limits: AVATAR_UPLOAD_LIMITS }))
  @ApiErrors('UNSUPPORTED_MEDIA_TYPE')
  uploadAvatar(@CurrentUser() user: AuthUser, @UploadedFile() file: UploadedAvatar | undefined): Promise<AvatarUrlDto> {
    if (!file) throw new DomainError('VALIDATION_FAILED', 'Send the image as the multipart field "file".', [{ field: 'file', messages: ['file is required'] }]);
    return this.avatars.upload(user.id, file.buffer, file.mimetype?.slice(0, 200) || null);
  }

  @Delete('me/avatar')
  @ApiOkResponse({ type: AvatarUrlDto })
  resetAvatar(@CurrentUser() user: AuthUser): Promise<AvatarUrlDto> {
    return this.avatars.reset(user.id);
  }

  @Post('me/avatar/generate')
  @HttpCode(200)
  @ApiOkResponse({ type: AvatarUrlDto })
  @ApiErrors('PREMIUM_REQUIRED', 'PROVIDER_UNAVAILABLE')
  generateAvatar(@CurrentUser() user: AuthUser, @Body() dto: GenerateAvatarDto): Promise<AvatarUrlDto> {
    return this.ai.generate(user.id, dto.prompt);
  }

  @Get()
  @ApiOkResponse({ type: UserCardPageDto })
  search(@CurrentUser() user: AuthUser, @Query() query: SearchUsersQueryDto): Promise<UserCardPageDto> {
    return this.profiles.search(user.id, query.search, query.limit, query.cursor);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProfileDto })
  profile(@CurrentUser() user: AuthUser, @Param() p: IdParamsDto): Promise<ProfileDto> {
    return this.profiles.profile(user.id, p.id);
  }

  /** Public so <img> tags work; a bearer token, when sent, lets friends see a friends-only avatar. */
  @Public()
  @Get(':id/avatar')
  @ApiProduces('image/webp', 'image/svg+xml')
  @ApiOkResponse({ description: 'The avatar image; 304 when If-None-Match matches.' })
  @ApiErrors('SERVICE_UNAVAILABLE')
  async avatar(@OptionalUser() viewerId: string | null, @Param() p: IdParamsDto, @Res() res: Response): Promise<void> {
    const image = await this.avatars.image(viewerId, p.id);
    res.setHeader('Cache-Control', 'private, max-age=300, must-revalidate');
    res.setHeader('Vary', 'Authorization');
    res.setHeader('ETag', image.etag);
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    if (etagMatches(res.req.headers['if-none-match'], image.etag)) {
      res.status(304).end();
      return;
    }
    res.type(image.contentType).send(image.bytes);
  }
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}
