import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MUSIC_PROVIDER_IDS, type MusicProviderId, type Track } from '../music-provider';

/** API.md `Track`. */
export class TrackDto implements Track {
  @ApiProperty({ enum: MUSIC_PROVIDER_IDS, example: 'bundled' })
  provider: MusicProviderId;

  @ApiProperty({ example: 'kevin-macleod-monkeys-spinning-monkeys', description: "The provider's own id of the track." })
  providerTrackId: string;

  @ApiProperty({ example: 'Monkeys Spinning Monkeys' })
  title: string;

  @ApiProperty({ example: 'Kevin MacLeod' })
  artist: string;

  @ApiPropertyOptional()
  album?: string;

  @ApiProperty({ example: 125000, description: 'Length in milliseconds.' })
  durationMs: number;

  @ApiPropertyOptional({ format: 'uri' })
  artworkUrl?: string;

  @ApiPropertyOptional({
    format: 'uri',
    description: 'Audio a client can play: the whole track (playable "full") or a short preview. Deezer previews expire and are re-signed on every read.',
  })
  previewUrl?: string;

  @ApiPropertyOptional({ format: 'uri', description: 'The track on the provider (or the artist page).' })
  externalUrl?: string;

  @ApiPropertyOptional({ example: 'CC BY 4.0', description: 'Licence of freely licensed music; credit the artist when playing it.' })
  license?: string;
}

/** Copies only the Track fields, dropping empty optional ones. */
export function toTrackDto(track: Track): TrackDto {
  const dto: TrackDto = {
    provider: track.provider,
    providerTrackId: track.providerTrackId,
    title: track.title,
    artist: track.artist,
    durationMs: track.durationMs,
  };
  if (track.album) dto.album = track.album;
  if (track.artworkUrl) dto.artworkUrl = track.artworkUrl;
  if (track.previewUrl) dto.previewUrl = track.previewUrl;
  if (track.externalUrl) dto.externalUrl = track.externalUrl;
  if (track.license) dto.license = track.license;
  return dto;
}
