import { UpdateType } from '../../../common/http/update-type';
import { CreatePlaylistDto } from './create-playlist.dto';

/** Owner only; fields left out keep their value. */
export class UpdatePlaylistDto extends UpdateType(CreatePlaylistDto) {}
