import { Injectable } from '@nestjs/common';
import { FriendsRepository } from './friends.repository';
import type { Queryable } from './user-account';

/** What other modules may ask about friendships (delegation is for friends only). */
@Injectable()
export class Friendships {
  constructor(private readonly friends: FriendsRepository) {}

  areFriends(q: Queryable, a: string, b: string): Promise<boolean> {
    return this.friends.areFriends(q, a, b);
  }
}
