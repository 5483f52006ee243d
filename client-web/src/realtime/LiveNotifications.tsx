import { useQueryClient } from '@tanstack/react-query';
import { useToast } from '../ui/Toaster';
import { notificationEffect } from './notifications';
import { useSocketEvent } from './RealtimeProvider';

/** Applies `notification` frames to the cache (badges and lists refetch) and shows a toast. Mounted once in the shell. */
export function LiveNotifications() {
  const queryClient = useQueryClient();
  const toast = useToast();
  useSocketEvent('notification', (frame) => {
    const effect = notificationEffect(frame);
    if (!effect) return;
    for (const queryKey of effect.invalidate) void queryClient.invalidateQueries({ queryKey });
    toast.show(effect.message);
  });
  return null;
}
