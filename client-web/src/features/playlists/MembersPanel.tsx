import { useNavigate } from 'react-router';
import { useMe } from '../../session/use-me';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { InviteFriends } from '../people/InviteFriends';
import { PendingInvitations } from '../people/PendingInvitations';
import { useMemberActions, usePlaylistMembers } from './api';
import type { Playlist } from './playlist-cache';

/**
 * Who edits the playlist. The owner invites friends, cancels pending invitations and removes members; a member
 * can leave. Invitations are answered on the invitee's Invitations screen.
 */
export function MembersPanel({ playlist }: { playlist: Playlist }) {
  const members = usePlaylistMembers(playlist.id);
  const actions = useMemberActions(playlist.id);
  const me = useMe().data;
  const navigate = useNavigate();
  const isOwner = playlist.myRole === 'owner';
  const invitations = members.data?.invitations ?? [];
  const error = members.error ?? actions.cancel.error ?? actions.remove.error;
  const leave = () =>
    actions.remove.mutate(me?.id ?? '', {
      // The live room says so too (members.changed), but leaving does not depend on the socket.
      onSuccess: () => void navigate('/playlists', { replace: true }),
    });
  return (
    <div>
      <ErrorNotice error={error} className="mb-3" />
      <ul aria-label="Members" className="flex flex-col gap-2">
        {members.data?.items.map(({ user, role }) => (
          <li key={user.id} className="flex min-h-11 items-center gap-3">
            <span className="min-w-0 flex-1 truncate">
              {user.displayName}
              {user.id === me?.id ? ' (you)' : ''} <span className="text-sm text-zinc-700">· {role}</span>
            </span>
            {isOwner && role === 'editor' && (
              <Button variant="secondary" busy={actions.remove.isPending && actions.remove.variables === user.id} onClick={() => actions.remove.mutate(user.id)}>
                Remove<span className="sr-only"> {user.displayName} from the playlist</span>
              </Button>
            )}
            {!isOwner && role === 'editor' && user.id === me?.id && (
              <Button variant="secondary" busy={actions.remove.isPending} onClick={leave}>
                Leave the playlist
              </Button>
            )}
          </li>
        ))}
      </ul>
      {isOwner && (
        <>
          <PendingInvitations
            invitations={invitations}
            cancelling={(id) => actions.cancel.isPending && actions.cancel.variables === id}
            onCancel={(id) => actions.cancel.mutate(id)}
          />
          <InviteFriends
            taken={new Set([...(members.data?.items ?? []).map((m) => m.user.id), ...invitations.map((i) => i.invitee.id)])}
            error={actions.invite.error}
            actions={(user) => (
              <Button variant="secondary" busy={actions.invite.isPending && actions.invite.variables === user.id} onClick={() => actions.invite.mutate(user.id)}>
                Invite<span className="sr-only"> {user.displayName}</span>
              </Button>
            )}
          />
        </>
      )}
    </div>
  );
}
