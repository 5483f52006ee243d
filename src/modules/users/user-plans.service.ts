import { Injectable } from '@nestjs/common';
import { Database } from '../../infra/database';
import type { UserPlan } from './entities/user.entity';
import { normalizeEmail, type Queryable } from './user-account';
import { UsersRepository } from './users.repository';

/** The only way a plan changes: called by billing (signed webhook) and the operator CLI, never by a user endpoint. */
@Injectable()
export class UserPlans {
  constructor(
    private readonly db: Database,
    private readonly users: UsersRepository,
  ) {}

  /** Returns the user id, or null when no account has that id. */
  async setById(userId: string, plan: UserPlan, q: Queryable = this.db): Promise<string | null> {
    const user = await this.users.findById(q, userId);
    if (!user) return null;
    await this.users.setPlan(q, user.id, plan);
    return user.id;
  }

  /** Returns the user id, or null when no account has that email. */
  async setByEmail(email: string, plan: UserPlan, q: Queryable = this.db): Promise<string | null> {
    const user = await this.users.findByNormalizedEmail(q, normalizeEmail(email));
    if (!user) return null;
    await this.users.setPlan(q, user.id, plan);
    return user.id;
  }
}

/** The same service outside Nest, on a database opened by hand (the operator CLI). */
export const userPlansOn = (db: Database): UserPlans => new UserPlans(db, new UsersRepository());
