import { Module } from '@nestjs/common';
import { AiAvatarsService } from './ai-avatars.service';
import { AiGenerationsRepository } from './ai-generations.repository';
import { AvatarsService } from './avatars.service';
import { FriendsController } from './friends.controller';
import { Friendships } from './friendships';
import { FriendsRepository } from './friends.repository';
import { FriendsService } from './friends.service';
import { ProfileReader } from './profile-reader';
import { ProfilesService } from './profiles.service';
import { UserAccounts } from './user-accounts.service';
import { UserCards } from './user-cards.service';
import { UserPlans } from './user-plans.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';

@Module({
  controllers: [UsersController, FriendsController],
  providers: [
    UsersRepository,
    FriendsRepository,
    Friendships,
    AiGenerationsRepository,
    ProfileReader,
    UserAccounts,
    UserCards,
    UserPlans,
    ProfilesService,
    FriendsService,
    AvatarsService,
    AiAvatarsService,
  ],
  exports: [UserAccounts, UserCards, UserPlans, Friendships],
})
export class UsersModule {}
