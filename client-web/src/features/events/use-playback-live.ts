import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSocketEvent } from '../../realtime/RealtimeProvider';
import { applyVersionedFrame } from '../../realtime/room-version';
import { useMe } from '../../session/use-me';
import { eventKeys } from './api';
import { playbackKeys, type SkipVotes } from './playback-api';
import { positionAt, type Playback } from './playback';
import { noteReceived, receivedAt } from './playback-clock';
import type { EventDetail } from './room-cache';

/**
 * The playback side of a live room (the room's own frames are applied by useRoomLive): crowd-skip tallies
 * (`playback.skip_votes_changed`, versioned), who plays (`player.changed`: whether this device is the player is
 * per viewer, so the room is read again), and the viewer's delegations (`members.changed` about the viewer).
 */
export function usePlaybackLive(eventId: string): void {
  const queryClient = useQueryClient();
  const me = useMe().data;
  const room = `event:${eventId}`;
  const key = eventKeys.detail(eventId);

  // Every report of the playback (a fetch or a frame) is stamped when it arrives, for the progress between reports.
  useEffect(() => {
    const hash = JSON.stringify(key);
    noteReceived(queryClient.getQueryData<EventDetail>(key)?.nowPlaying);
    return queryClient.getQueryCache().subscribe((change) => {
      if (change.type === 'updated' && JSON.stringify(change.query.queryKey) === hash) {
        noteReceived((change.query.state.data as EventDetail | undefined)?.nowPlaying);
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is derived from eventId
  }, [queryClient, eventId]);
  useSocketEvent('playback.changed', (frame) => {
    if (frame.room === room) noteReceived(frame.playback, { fresh: true });
  });
  useSocketEvent('playback.skip_votes_changed', (frame) => {
    if (frame.room !== room) return;
    applyVersionedFrame<EventDetail>(queryClient, key, frame, (current) => current);
    queryClient.setQueryData<SkipVotes>(playbackKeys.skipVotes(eventId, frame.entryId), (tally) => ({
      votes: frame.votes,
      threshold: frame.threshold,
      votedByMe: tally?.votedByMe ?? false,
      skipped: false,
    }));
  });
  useSocketEvent('player.changed', (frame) => {
    if (frame.room === room) void queryClient.invalidateQueries({ queryKey: key, exact: true });
  });
  useSocketEvent('members.changed', (frame) => {
    if (frame.room === room && frame.userId === me?.id) void queryClient.invalidateQueries({ queryKey: playbackKeys.myDelegations() });
  });
}

/**
 * The playing track's position now, ticking while it plays: the server's position in that report, plus the time
 * since the report arrived (`playback-clock`), so a room opened again from the cache is not thrown back.
 */
export function usePlaybackPosition(playback: Playback | null | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  const playing = playback?.state === 'playing';
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [playing, playback]);
  if (!playback) return 0;
  const anchor = receivedAt(playback, now);
  return positionAt(playback, anchor, Math.max(now, anchor));
}
