import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { Database } from '../../infra/database';
import { normalizeAvatar, sniffImage, UndecodableImageError } from '../../infra/images';
import { STORAGE, type Storage } from '../../infra/storage';
import { defaultAvatar } from './default-avatar';
import { avatarUrlOf } from './profile-visibility';
import { ProfileReader } from './profile-reader';
import { UsersRepository } from './users.repository';

/** The image types an avatar upload accepts (`details.accepted` of a refusal). */
const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

export interface AvatarImage {
  bytes: Buffer;
  contentType: string;
  etag: string;
}

/** Uploaded, generated and default avatars. Stored bytes are always our own WebP re-encoding. */
@Injectable()
export class AvatarsService {
  private readonly logger = new Logger(AvatarsService.name);

  constructor(
    private readonly db: Database,
    private readonly users: UsersRepository,
    private readonly reader: ProfileReader,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  /**
   * Sniffs, decodes and re-encodes the bytes, stores them, and makes them the user's avatar. `contentType` is the
   * one the file part declared, only to say what was sent when it is refused (the bytes decide).
   */
  async upload(userId: string, bytes: Buffer, contentType: string | null = null): Promise<{ avatarUrl: string }> {
    const refused = { contentType, accepted: [...AVATAR_TYPES] };
    if (!sniffImage(bytes)) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'The avatar must be a PNG, JPEG or WebP image.', refused);
    let normalized: Awaited<ReturnType<typeof normalizeAvatar>>;
    try {
      normalized = await normalizeAvatar(bytes);
    } catch (error) {
      if (error instanceof UndecodableImageError) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'The image could not be decoded.', refused);
      throw error;
    }
    return this.replace(userId, normalized.bytes, normalized.contentType);
  }

  /** Back to the generated default. */
  async reset(userId: string): Promise<{ avatarUrl: string }> {
    const swapped = await this.db.transaction((tx) => this.users.setAvatarKey(tx, userId, null));
    if (!swapped) throw DomainError.notFound('User');
    await this.removeQuietly(swapped.previous);
    return { avatarUrl: avatarUrlOf(userId) };
  }

  /** Stores already-normalized bytes as the avatar; the previous file is deleted once the swap committed. */
  async replace(userId: string, bytes: Buffer, contentType: string): Promise<{ avatarUrl: string }> {
    const key = `avatars/${userId}/${randomUUID()}.webp`;
    await this.storage.put(key, bytes, contentType);
    let swapped: { previous: string | null } | null;
    try {
      swapped = await this.db.transaction((tx) => this.users.setAvatarKey(tx, userId, key));
    } catch (error) {
      await this.removeQuietly(key);
      throw error;
    }
    if (!swapped) {
      await this.removeQuietly(key);
      throw DomainError.notFound('User');
    }
    await this.removeQuietly(swapped.previous);
    return { avatarUrl: avatarUrlOf(userId) };
  }

  /** The image, if the avatar field is visible to the viewer (anonymous: public only); 404 otherwise. */
  async image(viewerId: string | null, userId: string): Promise<AvatarImage> {
    const found = (await this.reader.byIds(this.db, viewerId, [userId])).get(userId);
    if (!found?.view.avatarUrl) throw DomainError.notFound('Avatar');
    const account = await this.users.findById(this.db, userId);
    if (!account) throw DomainError.notFound('Avatar');
    if (account.avatarKey) {
      const stored = await this.storage.get(account.avatarKey);
      if (stored) return stored;
      this.logger.warn({ userId, key: account.avatarKey }, 'Avatar file missing from storage; serving the default');
    }
    return defaultAvatar(userId);
  }

  private async removeQuietly(key: string | null): Promise<void> {
    if (!key) return;
    await this.storage.delete(key).catch((error: unknown) => this.logger.warn({ err: error, key }, 'Could not delete an old avatar file'));
  }
}
