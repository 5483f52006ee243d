import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSocketEvent } from '../../realtime/RealtimeProvider';
import { applyVersionedFrame } from '../../realtime/room-version';
import { useRoomSubscription } from '../../realtime/use-room-subscription';
import { useMe } from '../../session/use-me';
import { useToast } from '../../ui/Toaster';
import { playlistKeys } from './api';
import { applyPlaylistFrame, describePlaylistFrame, type Playlist, type PlaylistFrame } from './playlist-cache';

/**
 * Keeps one playlist live: subscribes the tab's socket to `playlist:<id>` (again after every reconnect), applies
 * each frame to the query cache when it is the next version, refetches on a gap or a reconnect, and leads out of
 * the editor when the playlist is deleted, becomes private to the viewer, or the viewer's membership ends.
 * Returns the latest announcement for the live region.
 */
export function usePlaylistLive(playlistId: string): string {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const me = useMe().data;
  const [announcement, setAnnouncement] = useState('');
  const key = playlistKeys.detail(playlistId);
  const room = `playlist:${playlistId}`;

  useRoomSubscription(room, key);

  const leave = (message: string) => {
    toast.show(message, 'info');
    void queryClient.invalidateQueries({ queryKey: playlistKeys.lists() });
    queryClient.removeQueries({ queryKey: key });
    queryClient.removeQueries({ queryKey: playlistKeys.members(playlistId) });
    void navigate('/playlists', { replace: true });
  };
  const apply = (change: PlaylistFrame) => {
    if (change.frame.room !== room) return;
    const applied = applyVersionedFrame<Playlist>(queryClient, key, change.frame, (current) => applyPlaylistFrame(current, change));
    if (!applied) return;
    const { after } = applied;
    if (after.visibility === 'private' && after.myRole === null) {
      leave('This playlist is now private, and you are not one of its members.');
      return;
    }
    const sentence = describePlaylistFrame(applied.before, after, change);
    if (sentence) setAnnouncement(sentence);
  };

  useSocketEvent('playlist.updated', (frame) => apply({ name: 'playlist.updated', frame }));
  useSocketEvent('playlist.track_added', (frame) => apply({ name: 'playlist.track_added', frame }));
  useSocketEvent('playlist.track_moved', (frame) => apply({ name: 'playlist.track_moved', frame }));
  useSocketEvent('playlist.track_removed', (frame) => apply({ name: 'playlist.track_removed', frame }));
  useSocketEvent('playlist.deleted', (frame) => {
    if (frame.room === room) leave('This playlist was deleted by its owner.');
  });
  useSocketEvent('members.changed', (frame) => {
    if (frame.room !== room) return;
    const current = queryClient.getQueryData<Playlist>(key);
    if (frame.userId === me?.id && frame.role === null && current?.myRole === 'editor') {
      leave('You are no longer a member of this playlist.');
      return;
    }
    // Members are user cards (and rights are per viewer) that the frame does not carry: take its version, then
    // read the playlist and its members again.
    applyVersionedFrame<Playlist>(queryClient, key, frame, (p) => p);
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: playlistKeys.members(playlistId) });
  });
  return announcement;
}
