import { Injectable } from '@nestjs/common';
import { FriendsRepository } from './friends.repository';
import { visibleProfile, type Profile, type Relation, type VisibleProfile } from './profile-visibility';
import type { Queryable, UserAccount } from './user-account';
import { UsersRepository } from './users.repository';

export const toProfile = (a: UserAccount): Profile => ({
  id: a.id,
  displayName: a.displayName,
  bio: a.bio,
  location: a.location,
  musicPreferences: a.musicPreferences,
  hasAvatar: a.avatarKey !== null,
  visibility: a.visibility,
});

/** Loads profiles and filters them for one viewer; the only way other users' profiles are read. */
@Injectable()
export class ProfileReader {
  constructor(
    private readonly users: UsersRepository,
    private readonly friends: FriendsRepository,
  ) {}

  /** Relation of the viewer to each user; without a viewer (anonymous or unknown), everyone is a stranger. */
  async relations(q: Queryable, viewerId: string | null, ids: string[]): Promise<Map<string, Relation>> {
    const friends = viewerId ? await this.friends.friendsAmong(q, viewerId, ids) : new Set<string>();
    return new Map(ids.map((id) => [id, id === viewerId ? 'self' : friends.has(id) ? 'friend' : 'stranger']));
  }

  /** Filters already-loaded accounts for the viewer, keeping their order. */
  async filter(q: Queryable, viewerId: string | null, accounts: UserAccount[]): Promise<Array<{ view: VisibleProfile; relation: Relation }>> {
    const relations = await this.relations(q, viewerId, accounts.map((a) => a.id));
    return accounts.map((a) => {
      const relation = relations.get(a.id) ?? 'stranger';
      return { view: visibleProfile(toProfile(a), relation), relation };
    });
  }

  async byIds(q: Queryable, viewerId: string | null, ids: string[]): Promise<Map<string, { view: VisibleProfile; relation: Relation }>> {
    const unique = [...new Set(ids)];
    const filtered = await this.filter(q, viewerId, await this.users.findByIds(q, unique));
    return new Map(filtered.map((f) => [f.view.id, f]));
  }
}
