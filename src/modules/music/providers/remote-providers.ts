import type { AppConfig } from '../../../config';
import { HttpClient, type RateLimit } from '../../../infra/http';
import type { MusicProvider } from '../music-provider';
import { DeezerProvider } from './deezer.provider';
import { ItunesProvider } from './itunes.provider';
import { JamendoProvider } from './jamendo.provider';
import { YoutubeQuota } from './youtube-quota';
import { YoutubeProvider } from './youtube.provider';

/** Published or observed limits, per process. A caller waits up to 2 s for a slot, then gets 503. */
const LIMITS = {
  deezer: { limit: 50, intervalMs: 5_000, maxWaitMs: 2_000 },
  youtube: { limit: 10, intervalMs: 1_000, maxWaitMs: 2_000 },
  jamendo: { limit: 10, intervalMs: 1_000, maxWaitMs: 2_000 },
  itunes: { limit: 20, intervalMs: 60_000, maxWaitMs: 2_000 },
} satisfies Record<string, RateLimit>;

const client = (name: keyof typeof LIMITS, music: AppConfig['music']) =>
  new HttpClient({ name, timeoutMs: music.httpTimeoutMs, rateLimit: LIMITS[name], breaker: { failureThreshold: 5, openMs: music.circuitOpenMs } });

/** The remote providers the configuration enables, each with its own HTTP client (limits, circuit breaker). */
export function createRemoteProviders(music: AppConfig['music']): MusicProvider[] {
  const providers: MusicProvider[] = [];
  if (music.deezer.enabled) providers.push(new DeezerProvider(client('deezer', music), music.deezer.apiUrl));
  if (music.youtube.apiKey) {
    providers.push(new YoutubeProvider(client('youtube', music), music.youtube.apiUrl, music.youtube.apiKey, new YoutubeQuota()));
  }
  if (music.jamendo.clientId) providers.push(new JamendoProvider(client('jamendo', music), music.jamendo.apiUrl, music.jamendo.clientId));
  if (music.itunes.enabled) providers.push(new ItunesProvider(client('itunes', music), music.itunes.apiUrl));
  return providers;
}
