import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAudioPlayer } from '../music/use-audio-player';
import { nextStep, type PlayerStep } from './playback';
import { useBecomePlayer, usePlaybackCommand } from './playback-api';
import type { EventDetail } from './room-cache';
import { usePlaybackPosition } from './use-playback-live';

/** How the player line ends for each state of the local audio. */
const localState = { idle: ' (ended)', loading: ' (loading)', playing: '', paused: ' (paused)', error: ' (not playing)' } as const;

/** Which device plays the event's audio, and "Play on this device" for those who control playback. */
export function EventPlayer({ event }: { event: EventDetail }) {
  const become = useBecomePlayer(event.id);
  const player = event.player;
  const where = player ? [player.deviceName, player.platform].filter(Boolean).join(' · ') || 'a device' : null;
  return (
    <div className="mt-4 border-t border-zinc-200 pt-3">
      {event.isPlayer ? (
        <PlayerDeck event={event} />
      ) : (
        <>
          <p className="text-sm text-zinc-700" data-testid="player-device">
            {where ? `The music plays on ${where}.` : 'No device plays the music yet.'}
          </p>
          {event.canControlPlayback && (
            <Button className="mt-2" variant="secondary" busy={become.isPending} onClick={() => become.mutate()}>
              Play on this device
            </Button>
          )}
          <ErrorNotice error={become.error} className="mt-2" />
        </>
      )}
    </div>
  );
}

/**
 * This tab is the player: real audio (an audio element, or YouTube's player for YouTube tracks) that follows the
 * server's playback, and that asks for the next track when one plays to its end (`next { fromEntryId }`, which the
 * server applies once, and which its own auto-advance would do a little later anyway).
 */
function PlayerDeck({ event }: { event: EventDetail }) {
  const playback = event.nowPlaying;
  const next = usePlaybackCommand(event.id);
  const serverMs = usePlaybackPosition(playback);
  const youtubeHost = useRef<HTMLDivElement>(null);
  /** The entry loaded here, and whether it played to its end. */
  const deck = useRef<{ entryId: string | null; ended: boolean }>({ entryId: null, ended: false });
  const audio = useAudioPlayer({
    youtubeHost,
    onEnded: () => {
      const entryId = deck.current.entryId;
      if (!entryId || deck.current.ended) return;
      deck.current.ended = true;
      next.mutate({ action: 'next', fromEntryId: entryId });
    },
  });

  const run = (step: PlayerStep) => {
    switch (step.kind) {
      case 'none':
        return;
      case 'stop':
        deck.current = { entryId: null, ended: false };
        audio.stop();
        return;
      case 'load':
        deck.current = { entryId: step.entryId, ended: false };
        void (step.play ? audio.play(step.track, step.startMs) : audio.cue(step.track, step.startMs));
        return;
      case 'pause':
        audio.pause();
        audio.seek(step.atMs);
        return;
      case 'resume':
        audio.seek(step.atMs);
        void audio.resume();
        return;
      case 'seek':
        audio.seek(step.toMs);
    }
  };
  // Each new playback (a frame or a refetch) is a report of the server's playback: follow it.
  const follow = useEffectEvent(() =>
    run(nextStep(playback, { entryId: deck.current.entryId, state: audio.state, positionMs: audio.positionMs, ended: deck.current.ended }, serverMs)),
  );
  /** Raised by "Start the audio here": the deck is loaded again from the server's playback. */
  const [attempt, setAttempt] = useState(0);
  useEffect(() => follow(), [playback, attempt]);

  const retry = () => {
    deck.current = { entryId: null, ended: false };
    setAttempt((a) => a + 1);
  };
  const onYouTube = audio.track?.provider === 'youtube';
  return (
    <div>
      <p className="text-sm font-medium text-zinc-900" data-testid="player-device">
        {audio.track ? `This device plays ${audio.track.title}${localState[audio.state]}.` : 'This device is the player: the music plays here.'}
      </p>
      <div ref={youtubeHost} className={onYouTube ? 'mt-2 aspect-video w-full max-w-md overflow-hidden rounded-lg bg-black' : 'hidden'} />
      {audio.error && (
        <div role="alert" className="mt-2 flex flex-wrap items-center gap-2 text-sm text-red-800">
          <span>{audio.error}</span>
          {playback?.track && (
            <Button variant="secondary" onClick={retry}>
              Start the audio here
            </Button>
          )}
        </div>
      )}
      <ErrorNotice error={next.error} className="mt-2" />
    </div>
  );
}
