import type { Tx } from '../../infra/database';

export const MUSIC_PROVIDER_IDS = ['bundled', 'deezer', 'youtube', 'jamendo', 'itunes'] as const;
export type MusicProviderId = (typeof MUSIC_PROVIDER_IDS)[number];

/** How a client plays a provider's tracks: the whole track, a 30 s preview, or the provider's embedded player. */
export const PLAYABLE_KINDS = ['full', 'preview', 'embed'] as const;
export type Playable = (typeof PLAYABLE_KINDS)[number];

export const isMusicProviderId = (value: string): value is MusicProviderId =>
  (MUSIC_PROVIDER_IDS as readonly string[]).includes(value);

/** A track as the API describes it (API.md `Track`). */
export interface Track {
  provider: MusicProviderId;
  providerTrackId: string;
  title: string;
  artist: string;
  album?: string;
  durationMs: number;
  artworkUrl?: string;
  previewUrl?: string;
  externalUrl?: string;
  /** The licence of freely licensed music (e.g. "CC BY 4.0"), so clients can credit it. */
  license?: string;
}

export interface GetTrackOptions {
  /** Providers backed by the database run their query in this transaction (PGlite has one connection). */
  tx?: Tx;
}

/** One source of music. Remote providers throw UpstreamError when they cannot answer. */
export interface MusicProvider {
  readonly id: MusicProviderId;
  readonly name: string;
  readonly playable: Playable;
  /** Remote answers are cached and counted against the provider's limits; local ones are not. */
  readonly isRemote: boolean;
  search(query: string, limit: number): Promise<Track[]>;
  /** null when the provider has no such track. */
  getTrack(providerTrackId: string, options?: GetTrackOptions): Promise<Track | null>;
  /** When a track's preview URL stops working (epoch ms), for providers whose previews expire. */
  previewExpiresAt?(track: Track): number | undefined;
}
