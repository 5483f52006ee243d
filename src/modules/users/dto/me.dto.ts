import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { USER_PLANS, type UserPlan } from '../entities/user.entity';
import { avatarUrlOf, type MusicPreferences, type ProfileVisibility } from '../profile-visibility';
import type { UserAccount } from '../user-account';
import { MusicPreferencesDto } from './music-preferences.dto';
import { ProfileVisibilityDto } from './profile-visibility.dto';
import { MeFeaturesDto } from './me-features.dto';
import { MeBillingDto } from './me-billing.dto';

/** The signed-in user's own account: every field, its visibility, the plan. */
export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ada@example.com' })
  email: string;

  @ApiProperty({ example: 'Ada' })
  displayName: string;

  @ApiProperty({ type: String, nullable: true })
  bio: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Lyon' })
  location: string | null;

  @ApiProperty({ type: MusicPreferencesDto })
  musicPreferences: MusicPreferences;

  @ApiProperty({ example: '/api/users/6f1c…/avatar' })
  avatarUrl: string;

  @ApiProperty({ description: 'True when the avatar was uploaded or generated (false: the generated default).' })
  hasCustomAvatar: boolean;

  @ApiProperty({ type: ProfileVisibilityDto })
  visibility: ProfileVisibility;

  @ApiProperty()
  emailVerified: boolean;

  @ApiProperty({ enum: USER_PLANS })
  plan: UserPlan;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({ type: MeFeaturesDto, description: 'Always present in GET/PATCH /users/me.' })
  features?: MeFeaturesDto;

  @ApiPropertyOptional({ type: MeBillingDto, description: 'How the plan can be switched (POST /api/billing/checkout and /portal). Always present in GET/PATCH /users/me.' })
  billing?: MeBillingDto;
}

export function toMeDto(account: UserAccount, features?: MeFeaturesDto, billing?: MeBillingDto): MeDto {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    bio: account.bio,
    location: account.location,
    musicPreferences: account.musicPreferences,
    avatarUrl: avatarUrlOf(account.id),
    hasCustomAvatar: account.avatarKey !== null,
    visibility: account.visibility,
    emailVerified: account.emailVerified,
    plan: account.plan,
    createdAt: account.createdAt.toISOString(),
    ...(features ? { features } : {}),
    ...(billing ? { billing } : {}),
  };
}
