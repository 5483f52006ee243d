import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsLatitude, IsLongitude, IsNumber, Max, Min } from 'class-validator';

/** The area an event accepts votes from. */
export class GeoAreaDto {
  @ApiProperty({ minimum: -90, maximum: 90, example: 48.8566 })
  @IsLatitude()
  lat: number;

  @ApiProperty({ minimum: -180, maximum: 180, example: 2.3522 })
  @IsLongitude()
  lng: number;

  @ApiProperty({ minimum: 10, maximum: 100_000, example: 200 })
  @IsInt()
  @Min(10)
  @Max(100_000)
  radiusMeters: number;
}

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

/** When votes and proposals are accepted (server time, `startsAt` inclusive, `endsAt` exclusive). */
export class TimeWindowDto {
  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  endsAt: string;
}
