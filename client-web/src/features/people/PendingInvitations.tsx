import type { ReactNode } from 'react';
import type { components } from '../../api/schema';
import { Button } from '../../ui/Button';

type UserCard = components['schemas']['UserCardDto'];

/**
 * "Pending invitations", for a members panel (playlists, events): each invitee with an optional note (the role
 * offered) and a Cancel button where `cancellable` allows it.
 */
export function PendingInvitations<I extends { id: string; invitee: UserCard }>({
  invitations,
  note,
  cancellable = () => true,
  cancelling,
  onCancel,
}: {
  invitations: readonly I[];
  note?: (invitation: I) => ReactNode;
  cancellable?: (invitation: I) => boolean;
  cancelling: (invitationId: string) => boolean;
  onCancel: (invitationId: string) => void;
}) {
  return (
    <>
      <h3 className="mt-4 mb-2 font-semibold text-zinc-900">Pending invitations</h3>
      {invitations.length === 0 ? (
        <p className="text-sm text-zinc-700">None.</p>
      ) : (
        <ul aria-label="Pending invitations" className="flex flex-col gap-2">
          {invitations.map((inv) => (
            <li key={inv.id} className="flex min-h-11 items-center gap-3">
              <span className="min-w-0 flex-1 truncate">
                {inv.invitee.displayName}
                {note && <span className="text-sm text-zinc-700"> · {note(inv)}</span>}
              </span>
              {cancellable(inv) && (
                <Button variant="secondary" busy={cancelling(inv.id)} onClick={() => onCancel(inv.id)}>
                  Cancel<span className="sr-only"> the invitation of {inv.invitee.displayName}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
