import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config';
import { DomainError } from '../../../common/errors/domain-error';
import { audioFileFor, renderAudioClips, type AudioClip } from './audio-clips';

/** The offline clips: rendered once on first use, served from memory (the image ships no audio files). */
@Injectable()
export class BundledAudio {
  private clips: Map<string, AudioClip> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  clip(file: string): AudioClip {
    this.clips ??= renderAudioClips();
    const clip = this.clips.get(file);
    if (!clip) throw DomainError.notFound('Audio file');
    return clip;
  }

  /** Absolute, so native clients can play it as is. */
  urlFor(providerTrackId: string): string {
    return `${this.config.http.publicUrl}/api/music/audio/${audioFileFor(providerTrackId)}`;
  }
}
