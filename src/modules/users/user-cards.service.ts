import { Injectable } from '@nestjs/common';
import { Database } from '../../infra/database';
import { toUserCard, type UserCardDto } from './dto/user-card.dto';
import { ProfileReader } from './profile-reader';
import type { Queryable } from './user-account';

/** Batch lookup of user cards, so lists name their people in one query; filtered by the profile visibility rules. */
@Injectable()
export class UserCards {
  constructor(
    private readonly db: Database,
    private readonly profiles: ProfileReader,
  ) {}

  /**
   * Cards of the given users as `viewerId` may see them (no viewer: as a stranger sees them, i.e. public
   * fields only); an unknown id is simply missing from the map. Pass the transaction when inside one.
   */
  async byIds(ids: Iterable<string>, q: Queryable = this.db, viewerId: string | null = null): Promise<Map<string, UserCardDto>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const profiles = await this.profiles.byIds(q, viewerId, unique);
    return new Map([...profiles].map(([id, { view }]) => [id, toUserCard(view)]));
  }
}
