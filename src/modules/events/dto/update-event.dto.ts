import { UpdateType } from '../../../common/http/update-type';
import { CreateEventDto } from './create-event.dto';

/** Owner only; every field optional and fields left out keep their value; `geo: null` / `window: null` remove the restriction. */
export class UpdateEventDto extends UpdateType(CreateEventDto) {}
