import { ApiProperty } from '@nestjs/swagger';
import { IsLatitude, IsLongitude, IsNumber, Max, Min } from 'class-validator';

/** Where the caller is, as the device reports it. */
export class LocationDto {
  @ApiProperty({ minimum: -90, maximum: 90 })
  @IsLatitude()
  lat: number;

  @ApiProperty({ minimum: -180, maximum: 180 })
  @IsLongitude()
  lng: number;

  @ApiProperty({ minimum: 0, description: 'Radius of uncertainty; over 5000 m the location is refused as implausible.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(10_000_000)
  accuracyMeters: number;
}
