import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { AiImagesClient } from '../../infra/ai-images';
import { Database } from '../../infra/database';
import { normalizeAvatar, sniffImage } from '../../infra/images';
import { AiGenerationsRepository } from './ai-generations.repository';
import { AvatarsService } from './avatars.service';
import { UsersRepository } from './users.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Premium AI avatar generation through an OpenAI-compatible images API, with a per-user daily quota. */
@Injectable()
export class AiAvatarsService {
  private readonly client: AiImagesClient | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly users: UsersRepository,
    private readonly generations: AiGenerationsRepository,
    private readonly avatars: AvatarsService,
  ) {
    this.client = config.ai ? new AiImagesClient(config.ai) : null;
  }

  async generate(userId: string, prompt: string): Promise<{ avatarUrl: string }> {
    // The plan first (402), then the provider (503): a free user is offered the upgrade even when no provider is set up.
    const account = await this.users.findById(this.db, userId);
    if (!account) throw DomainError.notFound('User');
    if (account.plan !== 'premium') throw new DomainError('PREMIUM_REQUIRED', 'AI avatars are a premium feature.');
    const client = this.client;
    if (!client || !this.config.ai) throw new DomainError('PROVIDER_UNAVAILABLE', 'AI avatar generation is not available on this server.', { reason: 'not_configured' });
    const quota = this.config.ai.dailyQuota;
    const reservation = await this.db.transaction(async (tx) => {
      // The row lock serialises one user's concurrent generations, so the count below cannot be raced past.
      const user = await this.users.findById(tx, userId, { forUpdate: true });
      if (!user) throw DomainError.notFound('User');
      if (user.plan !== 'premium') throw new DomainError('PREMIUM_REQUIRED', 'AI avatars are a premium feature.');
      const used = await this.generations.usedInLastDay(tx, userId);
      if (used.count >= quota) {
        const retryAfter = used.oldest ? Math.max(1, Math.ceil((used.oldest.getTime() + DAY_MS - Date.now()) / 1000)) : 3600;
        throw DomainError.rateLimited(`You can generate ${quota} avatars per day.`, retryAfter, { quota, used: used.count });
      }
      return this.generations.insert(tx, userId);
    });
    try {
      const bytes = await client.generate(prompt);
      if (!sniffImage(bytes)) throw new DomainError('PROVIDER_UNAVAILABLE', 'The image generator returned something that is not an image.', { reason: 'bad_image' });
      const normalized = await normalizeAvatar(bytes).catch(() => {
        throw new DomainError('PROVIDER_UNAVAILABLE', 'The image generator returned an undecodable image.', { reason: 'bad_image' });
      });
      return await this.avatars.replace(userId, normalized.bytes, normalized.contentType);
    } catch (error) {
      // A failed generation does not use up the quota.
      await this.generations.delete(this.db, reservation);
      throw error;
    }
  }
}
