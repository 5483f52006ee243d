import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Track } from './api';
import type { YouTubeApi, YouTubePlayerOptions } from './youtube';

const video: Track = { provider: 'youtube', providerTrackId: 'dQw4w9WgXcQ', title: 'A video', artist: 'Someone', durationMs: 200_000 };

beforeEach(() => {
  vi.resetModules();
  delete window.YT;
  delete window.onYouTubeIframeAPIReady;
});
afterEach(() => vi.restoreAllMocks());

/** The scripts the page adds to its head, kept out of the document (the test environment would fetch them). */
function addedScripts(): HTMLScriptElement[] {
  const added: HTMLScriptElement[] = [];
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    added.push(...nodes.filter((n): n is HTMLScriptElement => n instanceof HTMLScriptElement));
  });
  return added;
}

describe('loadYouTubeApi', () => {
  it('adds the API script once, however many ask, and resolves when YouTube says it is ready', async () => {
    const scripts = addedScripts();
    const { loadYouTubeApi, YOUTUBE_API_URL } = await import('./youtube');
    const first = loadYouTubeApi();
    const second = loadYouTubeApi();
    expect(scripts.map((s) => s.src)).toEqual([YOUTUBE_API_URL]);
    expect(scripts[0]!.async).toBe(true);
    const api = { Player: vi.fn() } as unknown as YouTubeApi;
    window.YT = api;
    window.onYouTubeIframeAPIReady?.();
    await expect(first).resolves.toBe(api);
    await expect(second).resolves.toBe(api);
  });

  it('rejects when the script cannot load, and tries again on the next call', async () => {
    const scripts = addedScripts();
    const { loadYouTubeApi } = await import('./youtube');
    const failed = loadYouTubeApi();
    scripts[0]!.onerror?.(new Event('error'));
    await expect(failed).rejects.toThrow('The YouTube player could not be loaded.');
    void loadYouTubeApi().catch(() => undefined);
    expect(scripts).toHaveLength(2);
  });
});

/** A stand-in for YT.Player: records calls, and lets the test play YouTube's part (ready, state changes). */
function fakeYouTube() {
  const made: Array<{ options: YouTubePlayerOptions; calls: string[] }> = [];
  class Player {
    calls: string[] = [];
    constructor(_element: HTMLElement, options: YouTubePlayerOptions) {
      made.push({ options, calls: this.calls });
      queueMicrotask(() => options.events?.onReady?.());
    }
    playVideo = () => this.calls.push('play');
    pauseVideo = () => this.calls.push('pause');
    seekTo = (s: number) => this.calls.push(`seek ${s}`);
    getCurrentTime = () => 42;
    loadVideoById = ({ videoId }: { videoId: string }) => this.calls.push(`load ${videoId}`);
    cueVideoById = ({ videoId }: { videoId: string }) => this.calls.push(`cue ${videoId}`);
    destroy = () => this.calls.push('destroy');
  }
  window.YT = { Player };
  return made;
}

describe('useAudioPlayer with a YouTube host', () => {
  it('plays a YouTube track through the IFrame API, follows its states and reports its end', async () => {
    const made = fakeYouTube();
    const { useAudioPlayer } = await import('./use-audio-player');
    const { YOUTUBE_STATE } = await import('./youtube');
    const host = document.createElement('div');
    const onEnded = vi.fn();
    const { result } = renderHook(() => useAudioPlayer({ onEnded, youtubeHost: { current: host } }));

    await act(() => result.current.play(video, 30_000));
    expect(made).toHaveLength(1);
    expect(made[0]!.options.videoId).toBe('dQw4w9WgXcQ');
    expect(made[0]!.options.playerVars).toMatchObject({ start: 30, autoplay: 1 });
    expect(made[0]!.calls).toContain('play');
    expect(result.current.state).toBe('loading');

    act(() => made[0]!.options.events?.onStateChange?.({ data: YOUTUBE_STATE.playing }));
    expect(result.current.state).toBe('playing');
    act(() => result.current.pause());
    expect(made[0]!.calls.at(-1)).toBe('pause');
    act(() => made[0]!.options.events?.onStateChange?.({ data: YOUTUBE_STATE.paused }));
    expect(result.current.state).toBe('paused');
    act(() => result.current.seek(90_000));
    expect(made[0]!.calls.at(-1)).toBe('seek 90');

    act(() => made[0]!.options.events?.onStateChange?.({ data: YOUTUBE_STATE.ended }));
    expect(onEnded).toHaveBeenCalledWith(video);
    expect(result.current.state).toBe('idle');

    // The next video reuses the player.
    await act(() => result.current.play({ ...video, providerTrackId: 'other' }));
    expect(made).toHaveLength(1);
    expect(made[0]!.calls.at(-1)).toBe('load other');
  });

  it('without a YouTube host, a YouTube track has no audio here', async () => {
    fakeYouTube();
    const { useAudioPlayer } = await import('./use-audio-player');
    const { result } = renderHook(() => useAudioPlayer());
    await act(() => result.current.play(video));
    expect(result.current.state).toBe('error');
    expect(result.current.error).toBe('This track has no audio a browser can play here.');
  });
});
