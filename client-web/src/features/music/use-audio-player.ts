import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import type { Track } from './api';
import { loadYouTubeApi, YOUTUBE_STATE, type YouTubePlayer } from './youtube';

export type AudioState = 'idle' | 'loading' | 'playing' | 'paused' | 'error';

export interface AudioPlayer {
  state: AudioState;
  /** The track loaded (playing, paused or loading), if any. */
  track: Track | null;
  positionMs: number;
  /** Why the last track could not play (blocked by the browser, unreachable, no audio). */
  error: string | null;
  /** Loads and plays `track` from `startMs`; resolves when it plays or failed (see `error`). */
  play: (track: Track, startMs?: number) => Promise<void>;
  /** Loads `track` at `startMs` without playing it (state `paused`), so that `resume` starts it there. */
  cue: (track: Track, startMs?: number) => Promise<void>;
  pause: () => void;
  resume: () => Promise<void>;
  seek: (ms: number) => void;
  stop: () => void;
}

export interface AudioPlayerOptions {
  onEnded?: (track: Track) => void;
  /**
   * Where YouTube tracks play: the YouTube IFrame API puts its player in this element (its script is loaded on
   * the first YouTube track). Without it, YouTube tracks have no audio here.
   */
  youtubeHost?: RefObject<HTMLElement | null>;
}

/** Audio a browser can play with an HTML audio element: bundled clips and providers' previews (not YouTube). */
export const playableUrl = (track: Track): string | null => track.previewUrl ?? null;

const reason = (error: unknown): string =>
  error instanceof DOMException && error.name === 'NotAllowedError'
    ? 'The browser blocked playback: press play again.'
    : 'This track’s audio could not be played.';

/**
 * One player for a screen, driven by tracks: play, cue, pause, resume, seek and stop, with its state and position
 * for the UI. Bundled tracks and previews play in an HTML audio element (created on mount, never in the DOM);
 * YouTube videos play through the YouTube IFrame API in `youtubeHost`, when given. `onEnded` runs when a track
 * plays to its end.
 */
export function useAudioPlayer({ onEnded, youtubeHost }: AudioPlayerOptions = {}): AudioPlayer {
  const audioRef = useRef<HTMLAudioElement | null>(null);
  const youtubeRef = useRef<YouTubePlayer | null>(null);
  /** Which of the two plays the current track. */
  const backendRef = useRef<'audio' | 'youtube'>('audio');
  const [track, setTrack] = useState<Track | null>(null);
  const [state, setState] = useState<AudioState>('idle');
  const [positionMs, setPosition] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const trackRef = useRef<Track | null>(null);
  const ended = useEffectEvent(() => {
    if (trackRef.current) onEnded?.(trackRef.current);
  });
  /** The latest `onEnded`, for YouTube's callbacks (which are not effects). */
  const onEndedRef = useRef(onEnded);
  useEffect(() => {
    onEndedRef.current = onEnded;
  });

  useEffect(() => {
    const element = new Audio();
    element.preload = 'auto';
    element.addEventListener('playing', () => setState('playing'));
    element.addEventListener('pause', () => setState((s) => (s === 'playing' ? 'paused' : s)));
    element.addEventListener('timeupdate', () => setPosition(Math.round(element.currentTime * 1000)));
    element.addEventListener('ended', () => {
      setState('idle');
      ended();
    });
    element.addEventListener('error', () => {
      if (!element.getAttribute('src')) return;
      setState('error');
      setError('This track’s audio could not be loaded.');
    });
    audioRef.current = element;
    // The YouTube player reports no time updates: its position is read while it plays.
    const poll = setInterval(() => {
      const youtube = youtubeRef.current;
      if (backendRef.current === 'youtube' && youtube) setPosition(Math.round(youtube.getCurrentTime() * 1000));
    }, 500);
    return () => {
      clearInterval(poll);
      element.pause();
      element.removeAttribute('src');
      element.load();
      audioRef.current = null;
      youtubeRef.current?.destroy();
      youtubeRef.current = null;
    };
  }, []);

  const start = async (element: HTMLAudioElement) => {
    try {
      await element.play();
    } catch (cause) {
      // Interrupted by a pause or another track: what interrupted it set the state.
      if (cause instanceof DOMException && cause.name === 'AbortError') return;
      setState('error');
      setError(reason(cause));
    }
  };

  const onYouTubeState = (data: number) => {
    if (data === YOUTUBE_STATE.playing) setState('playing');
    else if (data === YOUTUBE_STATE.paused) setState('paused');
    else if (data === YOUTUBE_STATE.ended) {
      setState('idle');
      if (trackRef.current) onEndedRef.current?.(trackRef.current);
    }
  };

  /** Loads the video in the YouTube player (made on first use), playing it or only cueing it. */
  const loadYouTube = async (next: Track, startMs: number, autoplay: boolean) => {
    const host = youtubeHost?.current;
    if (!host) return;
    let api;
    try {
      api = await loadYouTubeApi();
    } catch (cause) {
      setState('error');
      setError(cause instanceof Error ? cause.message : 'The YouTube player could not be loaded.');
      return;
    }
    if (trackRef.current !== next) return; // another track was asked for meanwhile
    const video = { videoId: next.providerTrackId, startSeconds: startMs / 1000 };
    const existing = youtubeRef.current;
    if (existing) {
      if (autoplay) existing.loadVideoById(video);
      else {
        existing.cueVideoById(video);
        setState('paused');
      }
      return;
    }
    const mount = document.createElement('div');
    host.replaceChildren(mount);
    await new Promise<void>((ready) => {
      youtubeRef.current = new api.Player(mount, {
        videoId: video.videoId,
        width: '100%',
        height: '100%',
        playerVars: { start: Math.floor(video.startSeconds), autoplay: autoplay ? 1 : 0, playsinline: 1, rel: 0 },
        events: {
          onReady: () => ready(),
          onStateChange: ({ data }) => onYouTubeState(data),
          onError: () => {
            setState('error');
            setError('YouTube cannot play this video here.');
          },
        },
      });
    });
    if (autoplay) youtubeRef.current?.playVideo();
    else setState('paused');
  };

  const load = async (next: Track, startMs: number, autoplay: boolean) => {
    trackRef.current = next;
    setTrack(next);
    setError(null);
    setPosition(startMs);
    if (next.provider === 'youtube' && youtubeHost) {
      audioRef.current?.pause();
      backendRef.current = 'youtube';
      setState('loading');
      await loadYouTube(next, startMs, autoplay);
      return;
    }
    youtubeRef.current?.pauseVideo();
    backendRef.current = 'audio';
    const url = playableUrl(next);
    if (!url) {
      setState('error');
      setError('This track has no audio a browser can play here.');
      return;
    }
    const element = audioRef.current;
    if (!element) return;
    if (element.src !== url) element.src = url;
    element.currentTime = startMs / 1000;
    if (!autoplay) {
      element.pause();
      setState('paused');
      return;
    }
    setState('loading');
    await start(element);
  };

  return {
    state,
    track,
    positionMs,
    error,
    play: (next, startMs = 0) => load(next, startMs, true),
    cue: (next, startMs = 0) => load(next, startMs, false),
    pause: () => {
      if (backendRef.current === 'youtube') youtubeRef.current?.pauseVideo();
      else audioRef.current?.pause();
      setState((s) => (s === 'loading' ? 'paused' : s));
    },
    resume: async () => {
      if (backendRef.current === 'youtube') {
        youtubeRef.current?.playVideo();
        return;
      }
      if (audioRef.current) await start(audioRef.current);
    },
    seek: (ms) => {
      if (backendRef.current === 'youtube') youtubeRef.current?.seekTo(ms / 1000, true);
      else if (audioRef.current) audioRef.current.currentTime = ms / 1000;
      setPosition(ms);
    },
    stop: () => {
      audioRef.current?.pause();
      youtubeRef.current?.pauseVideo();
      trackRef.current = null;
      setTrack(null);
      setState('idle');
      setPosition(0);
    },
  };
}
