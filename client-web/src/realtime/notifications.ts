import type { QueryKey } from '@tanstack/react-query';
import type { NotificationFrame } from '@contracts';
import { invitationKeys } from '../features/invitations/api';
import { peopleKeys } from '../features/people/api';

export type { NotificationFrame };

export interface NotificationEffect {
  /** Query keys (prefixes) whose data this notification makes stale. */
  invalidate: QueryKey[];
  /** The toast. */
  message: string;
}

/**
 * What a `notification` frame changes in the cache, and what to tell the person. Pure, so it is unit-tested;
 * notifications carry no version (0): the lists they concern are refetched.
 */
export function notificationEffect(frame: NotificationFrame): NotificationEffect | null {
  switch (frame.type) {
    case 'friend.request':
      return { invalidate: [peopleKeys.requests('incoming')], message: 'You have a new friend request.' };
    case 'friend.accepted':
      return {
        invalidate: [peopleKeys.friends(), peopleKeys.requests('outgoing'), peopleKeys.profile(frame.userId)],
        message: 'Your friend request was accepted.',
      };
    case 'invitation':
      return {
        invalidate: [invitationKeys.all],
        message: frame.kind === 'playlist' ? 'You are invited to a playlist.' : 'You are invited to an event.',
      };
    default:
      // A type added to the contract later: nothing to refresh here yet.
      return null;
  }
}
