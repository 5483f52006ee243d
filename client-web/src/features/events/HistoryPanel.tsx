import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSocketEvent } from '../../realtime/RealtimeProvider';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toaster';
import { eventKeys } from './api';
import { useEventHistory, useExportHistory } from './history-api';
import type { EventDetail } from './room-cache';

/**
 * What the event played, most recent first, with each track's final score; a track that ends (a
 * `playback.changed` frame) reads it again. Anyone who sees the room can save it as a new private playlist of
 * their own, which then opens.
 */
export function HistoryPanel({ event }: { event: EventDetail }) {
  const history = useEventHistory(event.id);
  const exporter = useExportHistory(event.id);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const [name, setName] = useState('');
  useSocketEvent('playback.changed', (frame) => {
    if (frame.room === `event:${event.id}`) void queryClient.invalidateQueries({ queryKey: eventKeys.history(event.id) });
  });
  const entries = history.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div>
      <ErrorNotice error={history.error} className="mb-3" />
      {history.isSuccess && entries.length === 0 && <p className="text-sm text-zinc-700">Nothing has played yet.</p>}
      <ol aria-label="Played tracks" className="flex flex-col gap-2">
        {entries.map((entry) => (
          <li key={entry.id} className="flex min-h-11 flex-col justify-center">
            <span className="font-medium text-zinc-900">
              {entry.track.title} <span className="font-normal text-zinc-700">· {entry.track.artist}</span>
            </span>
            <span className="text-sm text-zinc-700">
              {entry.fromFallback ? 'From the fallback playlist' : `Proposed by ${entry.proposedBy?.displayName ?? 'a deleted account'}`} · {entry.score}{' '}
              {entry.score === 1 ? 'vote' : 'votes'} · <time dateTime={entry.playedAt}>{new Date(entry.playedAt).toLocaleTimeString()}</time>
            </span>
          </li>
        ))}
      </ol>
      {history.hasNextPage && (
        <Button variant="ghost" className="mt-2" busy={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
          Show earlier tracks
        </Button>
      )}
      {entries.length > 0 && (
        <form
          className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            exporter.mutate(name, {
              onSuccess: (playlist) => {
                toast.show(`Saved ${playlist.trackCount} ${playlist.trackCount === 1 ? 'track' : 'tracks'} to “${playlist.name}”.`, 'success');
                void navigate(`/playlists/${playlist.playlistId}`);
              },
            });
          }}
        >
          <TextField
            className="flex-1"
            label="Playlist name"
            placeholder={`${event.name} — history`}
            hint="Empty: the event’s name and “history”."
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit" busy={exporter.isPending}>
            Save as a playlist
          </Button>
        </form>
      )}
      <ErrorNotice error={exporter.error} className="mt-2" />
    </div>
  );
}
