import type { ReactNode } from 'react';
import type { components } from '../../api/schema';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useFriends } from './api';

type UserCard = components['schemas']['UserCardDto'];

/**
 * "Invite friends", for a members panel (playlists, events): my friends who are not `taken` (already members or
 * invited), each with the panel's own invite buttons. Only friends can be invited.
 */
export function InviteFriends({ taken, error, actions }: { taken: ReadonlySet<string>; error: unknown; actions: (user: UserCard) => ReactNode }) {
  const friends = useFriends();
  const candidates = (friends.data?.items ?? []).filter((f) => !taken.has(f.user.id));
  return (
    <>
      <h3 className="mt-4 mb-2 font-semibold text-zinc-900">Invite friends</h3>
      <ErrorNotice error={friends.error ?? error} className="mb-2" />
      {friends.isSuccess && candidates.length === 0 && (
        <p className="text-sm text-zinc-700">
          {friends.data.items.length === 0
            ? 'Only friends can be invited, and you have none yet: find people on the People screen.'
            : 'Every friend of yours is already a member or invited.'}
        </p>
      )}
      <ul aria-label="Friends to invite" className="flex flex-col gap-2">
        {candidates.map(({ user }) => (
          <li key={user.id} className="flex min-h-11 flex-wrap items-center gap-2">
            <span className="min-w-0 flex-1 truncate">{user.displayName}</span>
            {actions(user)}
          </li>
        ))}
      </ul>
    </>
  );
}
