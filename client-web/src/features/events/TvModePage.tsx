import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { asApiError } from '../../api/errors';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TrackProgress } from '../music/TrackProgress';
import { useEventRoom } from './room-api';
import type { EventDetail } from './room-cache';
import { useQrCode } from './share-api';
import { usePlaybackLive, usePlaybackPosition } from './use-playback-live';
import { useRoomLive } from './use-room-live';

/** How many of the next tracks the big screen lists. */
const NEXT_SHOWN = 5;

/** `/events/:id/tv`: the room on a big screen (now playing, the next tracks, the join code and its QR code), live. */
export function TvModePage() {
  const { id = '' } = useParams();
  const room = useEventRoom(id);
  const announcement = useRoomLive(id);
  usePlaybackLive(id);
  const title = room.data?.name ?? 'Event';
  useEffect(() => {
    document.title = `${title} · TV · MusicRoom`;
  }, [title]);
  return (
    <main id="main" className="min-h-dvh bg-zinc-950 px-6 py-8 text-white lg:px-12">
      {room.isPending && (
        <h1 tabIndex={-1} data-page-title className="text-3xl font-bold outline-none">
          Loading the room…
        </h1>
      )}
      {room.isError && (
        <>
          <h1 tabIndex={-1} data-page-title className="text-3xl font-bold outline-none">
            {asApiError(room.error).status === 404 ? 'Event not found' : 'Event'}
          </h1>
          <ErrorNotice error={room.error} className="mt-4 max-w-xl" />
        </>
      )}
      {room.data && <Tv event={room.data} announcement={announcement} />}
    </main>
  );
}

function Tv({ event, announcement }: { event: EventDetail; announcement: string }) {
  const qr = useQrCode(event.id, event.code);
  const playback = event.nowPlaying;
  const track = playback?.track;
  const position = usePlaybackPosition(playback);
  const link = `${window.location.origin}/e/${event.code}`;
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8">
      <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="room-announcer">
        {announcement}
      </p>
      <header className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 tabIndex={-1} data-page-title className="text-3xl font-bold outline-none lg:text-5xl">
          {event.name}
        </h1>
        <Link to={`/events/${event.id}`} className="text-lg text-brand-100 underline underline-offset-4">
          Back to the room
        </Link>
      </header>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="tv-now-heading" className="rounded-2xl bg-zinc-900 p-6 lg:p-10">
          <h2 id="tv-now-heading" className="text-lg uppercase tracking-widest text-zinc-300">
            Now playing
          </h2>
          {playback && track ? (
            <div data-testid="tv-now-playing">
              <p className="mt-4 text-4xl font-bold break-words lg:text-6xl">{track.title}</p>
              <p className="mt-2 text-2xl text-zinc-200 lg:text-3xl">
                {track.artist}
                {playback.state === 'paused' ? ' · paused' : ''}
              </p>
              <TrackProgress
                title={track.title}
                positionMs={position}
                durationMs={track.durationMs}
                className="mt-6 gap-4 text-xl text-zinc-200"
                barClassName="h-3 flex-1 accent-brand-600"
              />
              {track.license && <p className="mt-3 text-base text-zinc-300">{track.license}</p>}
            </div>
          ) : (
            <p className="mt-4 text-3xl text-zinc-200">Nothing is playing yet.</p>
          )}
        </section>
        <section aria-labelledby="tv-join-heading" className="flex flex-col items-center gap-4 rounded-2xl bg-white p-6 text-zinc-950">
          <h2 id="tv-join-heading" className="text-lg font-semibold uppercase tracking-widest text-zinc-700">
            Join the party
          </h2>
          {qr.data && <img src={qr.data} alt={`QR code of the link to ${event.name}`} className="aspect-square w-full max-w-72" />}
          <p className="text-center text-base text-zinc-700">
            Code <span className="block font-mono text-4xl font-bold tracking-widest text-zinc-950" data-testid="tv-join-code">{event.code}</span>
          </p>
          <p className="text-center text-sm break-all text-zinc-700">{link}</p>
        </section>
      </div>
      <section aria-labelledby="tv-next-heading" className="rounded-2xl bg-zinc-900 p-6 lg:p-10">
        <h2 id="tv-next-heading" className="text-lg uppercase tracking-widest text-zinc-300">
          Up next
        </h2>
        {event.queue.length === 0 ? (
          <p className="mt-4 text-2xl text-zinc-200">The queue is empty: propose a track from your phone.</p>
        ) : (
          <ol aria-label="Next tracks" className="mt-4 flex flex-col gap-3">
            {event.queue.slice(0, NEXT_SHOWN).map((entry, index) => (
              <li key={entry.id} className="flex items-baseline gap-4 text-2xl" data-testid="tv-next">
                <span className="w-8 text-right text-zinc-300" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="min-w-0 flex-1 truncate">
                  <span className="font-semibold">{entry.track.title}</span> <span className="text-zinc-300">· {entry.track.artist}</span>
                </span>
                <span className="text-lg text-zinc-300">
                  {entry.score} {entry.score === 1 ? 'vote' : 'votes'}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
