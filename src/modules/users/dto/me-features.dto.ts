import { ApiProperty } from '@nestjs/swagger';
import { FeatureAvailabilityDto } from './feature-availability.dto';

export class MeFeaturesDto {
  @ApiProperty({ type: FeatureAvailabilityDto }) aiAvatar: FeatureAvailabilityDto;
}
