import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FeatureAvailabilityDto {
  @ApiProperty() available: boolean;
  @ApiPropertyOptional({ enum: ['premium_required', 'provider_unavailable'] }) reason?: 'premium_required' | 'provider_unavailable';
}
