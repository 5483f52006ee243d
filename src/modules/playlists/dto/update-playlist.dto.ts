import { PartialType } from '@nestjs/swagger';
import { CreatePlaylistDto } from './create-playlist.dto';

/** Owner only; fields left out keep their value. */
export class UpdatePlaylistDto extends PartialType(CreatePlaylistDto) {}
