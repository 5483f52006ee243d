import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSocketEvent } from '../../realtime/RealtimeProvider';
import { applyVersionedFrame, frameFit } from '../../realtime/room-version';
import { useRoomSubscription } from '../../realtime/use-room-subscription';
import { useMe } from '../../session/use-me';
import { useToast } from '../../ui/Toaster';
import { eventKeys } from './api';
import { applyRoomFrame, describeFrame, type EventDetail, type RoomFrame } from './room-cache';

/**
 * Keeps one event room live: subscribes the tab's socket to `event:<id>` (again after every reconnect), applies
 * each frame to the query cache when it is the next version, refetches on a gap or a reconnect, and leads out
 * of the room when the event is deleted or the viewer loses their membership. Returns the latest announcement.
 */
export function useRoomLive(eventId: string): string {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const me = useMe().data;
  const [announcement, setAnnouncement] = useState('');
  const key = eventKeys.detail(eventId);
  const room = `event:${eventId}`;

  useRoomSubscription(room, key);

  const apply = (change: RoomFrame) => {
    if (change.frame.room !== room) return;
    const applied = applyVersionedFrame<EventDetail>(queryClient, key, change.frame, (current) => applyRoomFrame(current, change));
    const sentence = applied && describeFrame(applied.before, applied.after, change);
    if (sentence) setAnnouncement(sentence);
  };
  const leave = (message: string) => {
    toast.show(message, 'info');
    void queryClient.invalidateQueries({ queryKey: [...eventKeys.all, 'list'] });
    queryClient.removeQueries({ queryKey: key });
    void navigate('/events', { replace: true });
  };

  useSocketEvent('queue.vote_changed', (frame) => apply({ name: 'queue.vote_changed', frame }));
  useSocketEvent('queue.track_added', (frame) => apply({ name: 'queue.track_added', frame }));
  useSocketEvent('queue.track_removed', (frame) => apply({ name: 'queue.track_removed', frame }));
  useSocketEvent('playback.changed', (frame) => apply({ name: 'playback.changed', frame }));
  useSocketEvent('player.changed', (frame) => apply({ name: 'player.changed', frame }));
  useSocketEvent('event.updated', (frame) => apply({ name: 'event.updated', frame }));
  useSocketEvent('event.deleted', (frame) => {
    if (frame.room === room) leave('This event was deleted by its owner.');
  });
  useSocketEvent('members.changed', (frame) => {
    if (frame.room !== room) return;
    const current = queryClient.getQueryData<EventDetail>(key);
    if (frame.userId === me?.id && frame.role === null && current?.visibility === 'private') {
      leave('You are no longer a member of this event.');
      return;
    }
    if (current && frameFit(current, frame) === 'apply') queryClient.setQueryData(key, { ...current, version: frame.version });
    // Roles and rights are per viewer: the frame cannot patch them, so the room is read again.
    void queryClient.invalidateQueries({ queryKey: key });
  });
  return announcement;
}
