import { useMe } from '../../session/use-me';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { InviteFriends } from '../people/InviteFriends';
import { PendingInvitations } from '../people/PendingInvitations';
import { useEventMemberActions, useEventMembers, type EventMember, type InvitableRole } from './members-api';
import type { EventDetail } from './room-cache';

const roleLabel = (m: EventMember) => [m.role ?? null, m.isDelegate ? 'delegate' : null].filter(Boolean).join(', ');

/**
 * Who is in the event: the owner, hosts, guests and delegates, and how many listen. The owner and hosts invite
 * friends as guests (only the owner invites hosts), remove guests and cancel pending invitations; the owner also
 * promotes guests, demotes hosts and removes hosts. Kept live by `members.changed` (the room's refetch).
 */
export function EventMembersPanel({ event }: { event: EventDetail }) {
  const members = useEventMembers(event.id);
  const actions = useEventMemberActions(event.id);
  const me = useMe().data;
  const isOwner = event.myRole === 'owner';
  const manages = isOwner || event.myRole === 'host';
  const items = members.data?.items ?? [];
  const invitations = members.data?.invitations ?? [];
  const listeners = members.data?.listenerCount ?? event.listenerCount;
  const error = members.error ?? actions.changeRole.error ?? actions.remove.error ?? actions.cancel.error;
  const pending = (mutation: { isPending: boolean; variables: unknown }, value: unknown) =>
    mutation.isPending && JSON.stringify(mutation.variables) === JSON.stringify(value);

  return (
    <div>
      <p className="mb-2 text-sm text-zinc-700">
        {listeners} {listeners === 1 ? 'listener' : 'listeners'} joined to listen.
      </p>
      <ErrorNotice error={error} className="mb-3" />
      <ul aria-label="Members" className="flex flex-col gap-2">
        {items.map((member) => {
          const { user, role } = member;
          const mine = user.id === me?.id;
          // The owner touches hosts and guests; a host only guests.
          const canManage = !mine && role !== null && role !== 'owner' && (isOwner || (manages && role === 'guest'));
          const other: InvitableRole = role === 'host' ? 'guest' : 'host';
          return (
            <li key={user.id} className="flex min-h-11 flex-wrap items-center gap-2">
              <span className="min-w-0 flex-1 truncate">
                {user.displayName}
                {mine ? ' (you)' : ''} <span className="text-sm text-zinc-700">· {roleLabel(member)}</span>
              </span>
              {canManage && isOwner && (
                <Button
                  variant="secondary"
                  aria-label={`Make ${other}: ${user.displayName}`}
                  busy={pending(actions.changeRole, { userId: user.id, role: other })}
                  onClick={() => actions.changeRole.mutate({ userId: user.id, role: other })}
                >
                  Make {other}
                </Button>
              )}
              {canManage && (
                <Button variant="secondary" busy={pending(actions.remove, user.id)} onClick={() => actions.remove.mutate(user.id)}>
                  Remove<span className="sr-only"> {user.displayName} from the event</span>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {members.data?.nextCursor && <p className="mt-2 text-sm text-zinc-700">Only the first {items.length} members are shown.</p>}
      {manages && (
        <>
          <PendingInvitations
            invitations={invitations}
            note={(inv) => `as ${inv.role === 'host' ? 'host' : 'guest'}`}
            cancellable={(inv) => isOwner || inv.role !== 'host'}
            cancelling={(id) => pending(actions.cancel, id)}
            onCancel={(id) => actions.cancel.mutate(id)}
          />
          <InviteFriends
            taken={new Set([...items.map((m) => m.user.id), ...invitations.map((i) => i.invitee.id)])}
            error={actions.invite.error}
            actions={(user) =>
              (isOwner ? (['guest', 'host'] as const) : (['guest'] as const)).map((role) => (
                <Button
                  key={role}
                  variant="secondary"
                  aria-label={`Invite as ${role}: ${user.displayName}`}
                  busy={pending(actions.invite, { userId: user.id, role })}
                  onClick={() => actions.invite.mutate({ userId: user.id, role })}
                >
                  Invite as {role}
                </Button>
              ))
            }
          />
        </>
      )}
    </div>
  );
}
