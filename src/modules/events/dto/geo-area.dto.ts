import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsLatitude, IsLongitude, Max, Min } from 'class-validator';

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
