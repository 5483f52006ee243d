import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type AuthUser } from '../../common/auth';
import { IdParamsDto } from '../../common/http/id-params.dto';
import { PageQueryDto } from '../../common/pagination';
import { FriendPageDto } from './dto/friend-page.dto';
import { FriendRequestDto } from './dto/friend-request.dto';
import { FriendRequestPageDto } from './dto/friend-request-page.dto';
import { FriendRequestsQueryDto } from './dto/friend-requests-query.dto';
import { FriendshipDto } from './dto/friendship.dto';
import { SendFriendRequestDto } from './dto/send-friend-request.dto';
import { UserIdParamsDto } from './dto/user-id-params.dto';
import { FriendsService } from './friends.service';
import { ApiErrors } from '../../common/http/api-errors.decorator';

@ApiTags('friends')
@ApiBearerAuth()
@Controller('friends')
export class FriendsController {
  constructor(private readonly friends: FriendsService) {}

  @Get()
  @ApiOkResponse({ type: FriendPageDto })
  list(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<FriendPageDto> {
    return this.friends.list(user.id, page.limit, page.cursor);
  }

  @Get('requests')
  @ApiOkResponse({ type: FriendRequestPageDto })
  requests(@CurrentUser() user: AuthUser, @Query() query: FriendRequestsQueryDto): Promise<FriendRequestPageDto> {
    return this.friends.requests(user.id, query.direction, query.limit, query.cursor);
  }

  /** 201 with the pending request (the same one when asked twice); 200 `{ status: "friends" }` when already friends or the other side had asked. */
  @Post('requests')
  @ApiCreatedResponse({ type: FriendRequestDto })
  @ApiOkResponse({ type: FriendshipDto })
  @ApiErrors('NOT_FOUND', 'CONFLICT')
  async send(
    @CurrentUser() user: AuthUser,
    @Body() dto: SendFriendRequestDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FriendRequestDto | FriendshipDto> {
    const result = await this.friends.sendRequest(user.id, dto.userId);
    if (result.kind === 'friends') {
      res.status(200);
      return result.friendship;
    }
    return result.request;
  }

  @Post('requests/:id/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: FriendshipDto })
  accept(@CurrentUser() user: AuthUser, @Param() p: IdParamsDto): Promise<FriendshipDto> {
    return this.friends.accept(user.id, p.id);
  }

  @Post('requests/:id/decline')
  @HttpCode(204)
  @ApiNoContentResponse()
  decline(@CurrentUser() user: AuthUser, @Param() p: IdParamsDto): Promise<void> {
    return this.friends.decline(user.id, p.id);
  }

  @Delete('requests/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  cancel(@CurrentUser() user: AuthUser, @Param() p: IdParamsDto): Promise<void> {
    return this.friends.cancel(user.id, p.id);
  }

  @Delete(':userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @Param() p: UserIdParamsDto): Promise<void> {
    return this.friends.remove(user.id, p.userId);
  }
}
