import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import type { Page } from '../../common/pagination';
import { APP_CONFIG, type AppConfig } from '../../config';
import { Database } from '../../infra/database';
import { toMeDto } from './dto/me.dto';
import { type MeDto } from './dto/me.dto';
import { type MeFeaturesDto } from './dto/me-features.dto';
import { toProfileDto, type ProfileDto } from './dto/profile.dto';
import type { UpdateProfileDto } from './dto/update-profile.dto';
import { toUserCard, type UserCardDto } from './dto/user-card.dto';
import { ProfileReader } from './profile-reader';
import { searchKey, withDefaults } from './profile-visibility';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import type { UserAccount } from './user-account';
import { UsersRepository, type ProfileChanges } from './users.repository';

@Injectable()
export class ProfilesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly users: UsersRepository,
    private readonly reader: ProfileReader,
  ) {}

  async me(userId: string): Promise<MeDto> {
    const account = await this.users.findById(this.db, userId);
    if (!account) throw DomainError.notFound('User');
    return this.toMe(account);
  }

  async update(userId: string, dto: UpdateProfileDto): Promise<MeDto> {
    const account = await this.db.transaction(async (tx) => {
      const current = await this.users.findById(tx, userId, { forUpdate: true });
      if (!current) throw DomainError.notFound('User');
      const changes: ProfileChanges = {};
      if (dto.displayName !== undefined) {
        const value = dto.displayName.trim();
        if (!value) throw new DomainError('VALIDATION_FAILED', 'The display name cannot be blank.', [{ field: 'displayName', messages: ['displayName must not be blank'] }]);
        changes.displayName = { value, searchKey: searchKey(value) };
      }
      if (dto.bio !== undefined) changes.bio = dto.bio?.trim() || null;
      if (dto.location !== undefined) changes.location = dto.location?.trim() || null;
      if (dto.musicPreferences) changes.musicPreferences = { genres: dedupe(dto.musicPreferences.genres), artists: dedupe(dto.musicPreferences.artists) };
      if (dto.visibility) changes.visibility = withDefaults({ ...current.visibility, ...definedOnly(dto.visibility) });
      return this.users.updateProfile(tx, userId, changes);
    });
    if (!account) throw DomainError.notFound('User');
    return this.toMe(account);
  }

  /** Another user's profile as the viewer may see it; 404 for an unknown id. */
  async profile(viewerId: string, userId: string): Promise<ProfileDto> {
    const found = (await this.reader.byIds(this.db, viewerId, [userId])).get(userId);
    if (!found) throw DomainError.notFound('User');
    return toProfileDto(found.view, found.relation);
  }

  /** Public cards of users whose public display name starts with the prefix (case and accents ignored). */
  async search(viewerId: string, text: string, limit: number, cursor?: string): Promise<Page<UserCardDto>> {
    const prefix = searchKey(text);
    if (!prefix) throw new DomainError('VALIDATION_FAILED', 'Type at least one letter.', [{ field: 'search', messages: ['search must not be blank'] }]);
    const rows = await this.users.searchPublicByPrefix(this.db, prefix, viewerId, decodeSearchCursor(cursor), limit + 1);
    const visible = rows.slice(0, limit);
    // Public cards: filtered as a stranger sees them, even for friends.
    const filtered = await this.reader.filter(this.db, null, visible.map((r) => r.account));
    const last = visible.at(-1);
    return {
      items: filtered.map((f) => toUserCard(f.view)),
      nextCursor: rows.length > limit && last ? encodeSearchCursor({ searchKey: last.searchKey, id: last.account.id }) : null,
    };
  }

  private toMe(account: UserAccount): MeDto {
    return toMeDto(account, this.features(account), { provider: this.config.billing.provider });
  }

  /** The plan is checked first, as the gated endpoints do: a free user learns to upgrade even when no provider is set up. */
  private features(account: UserAccount): MeFeaturesDto {
    if (account.plan !== 'premium') return { aiAvatar: { available: false, reason: 'premium_required' } };
    if (!this.config.ai) return { aiAvatar: { available: false, reason: 'provider_unavailable' } };
    return { aiAvatar: { available: true } };
  }
}

const dedupe = (values: string[]): string[] => [...new Map(values.map((v) => v.trim()).filter(Boolean).map((v) => [v.toLowerCase(), v])).values()];

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
