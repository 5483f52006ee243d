import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page } from '../../ui/Page';
import { useAnswerInvitation, useInvitations } from './api';

export function InvitationsPage() {
  const invitations = useInvitations();
  const answer = useAnswerInvitation();
  const navigate = useNavigate();
  const items = invitations.data?.items ?? [];
  return (
    <Page title="Invitations">
      <ErrorNotice error={invitations.error ?? answer.error} className="mb-3" />
      {invitations.isSuccess && items.length === 0 && <p className="text-zinc-700">No invitations waiting. They appear here as soon as someone invites you.</p>}
      <ul className="flex flex-col gap-3">
        {items.map((inv) => (
          <li key={inv.id} className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
            <p className="font-semibold">
              {inv.kind === 'event' ? 'Event' : 'Playlist'}: {inv.target.name}
            </p>
            <p className="text-sm text-zinc-700">
              From {inv.invitedBy.displayName}
              {inv.role ? ` · as ${inv.role}` : ''} · {new Date(inv.createdAt).toLocaleString()}
            </p>
            <div className="mt-3 flex gap-2">
              <Button
                busy={answer.isPending && answer.variables.id === inv.id}
                onClick={() =>
                  answer.mutate(
                    { id: inv.id, answer: 'accept' },
                    // A playlist one was invited to edit opens in its editor, an event in its room.
                    { onSuccess: () => void navigate(inv.kind === 'playlist' ? `/playlists/${inv.target.id}` : `/events/${inv.target.id}`) },
                  )
                }
              >
                Accept<span className="sr-only"> {inv.target.name}</span>
              </Button>
              <Button variant="secondary" onClick={() => answer.mutate({ id: inv.id, answer: 'decline' })}>
                Decline<span className="sr-only"> {inv.target.name}</span>
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
