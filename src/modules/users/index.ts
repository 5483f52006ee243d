export { UsersModule } from './users.module';
export { UserAccounts, userAccountsOn, type NewAccount } from './user-accounts.service';
export { UserCards } from './user-cards.service';
export { UserPlans, userPlansOn } from './user-plans.service';
export { Friendships } from './friendships';
export { UserCardDto } from './dto/user-card.dto';
export { normalizeEmail, type Queryable, type UserAccount } from './user-account';
export { MeDto } from './dto/me.dto';
export { toMeDto } from './dto/feature-availability.dto';
export { User, USER_PLANS, type UserPlan } from './entities/user.entity';
export { FriendRequestEntity } from './entities/friend-request.entity';
export { FriendshipEntity } from './entities/friendship.entity';
export { AiAvatarGenerationEntity } from './entities/ai-generation.entity';
export type { FriendAcceptedEvent, FriendRemovedEvent, FriendRequestedEvent } from './friend-events';
export { visibleProfile, type Relation, type Visibility } from './profile-visibility';

import { AiAvatarGenerationEntity } from './entities/ai-generation.entity';
import { FriendRequestEntity } from './entities/friend-request.entity';
import { FriendshipEntity } from './entities/friendship.entity';
import { User } from './entities/user.entity';

export const usersEntities = [User, FriendRequestEntity, FriendshipEntity, AiAvatarGenerationEntity];
