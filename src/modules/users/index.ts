export { UsersModule } from './users.module';
export { UserAccounts, userAccountsOn } from './user-accounts.service';
export { UserCards } from './user-cards.service';
export { UserPlans, userPlansOn } from './user-plans.service';
export { Friendships } from './friendships';
export { UserCardDto } from './dto/user-card.dto';
export { normalizeEmail, type UserAccount } from './user-account';
export { MeDto, toMeDto } from './dto/me.dto';
export { User, USER_PLANS, type UserPlan } from './entities/user.entity';

import { AiAvatarGenerationEntity } from './entities/ai-generation.entity';
import { FriendRequestEntity } from './entities/friend-request.entity';
import { FriendshipEntity } from './entities/friendship.entity';
import { User } from './entities/user.entity';

export const usersEntities = [User, FriendRequestEntity, FriendshipEntity, AiAvatarGenerationEntity];
