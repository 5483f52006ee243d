import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { avatarUrlOf } from '../profile-visibility';
import type { UserAccount } from '../user-account';
import { MeFeaturesDto } from './me-features.dto';
import { MeBillingDto } from './me-billing.dto';
import { MeDto } from './me.dto';

export class FeatureAvailabilityDto {
  @ApiProperty() available: boolean;
  @ApiPropertyOptional({ enum: ['premium_required', 'provider_unavailable'] }) reason?: 'premium_required' | 'provider_unavailable';
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
