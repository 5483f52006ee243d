import { ApiProperty } from '@nestjs/swagger';
import { MUSIC_PROVIDER_IDS, PLAYABLE_KINDS, type MusicProviderId, type Playable } from '../music-provider';

export class ProviderDto {
  @ApiProperty({ enum: MUSIC_PROVIDER_IDS })
  id: MusicProviderId;

  @ApiProperty({ example: 'Deezer' })
  name: string;

  @ApiProperty({ enum: PLAYABLE_KINDS, description: 'full: whole track; preview: about 30 s; embed: the provider player.' })
  playable: Playable;
}
