import { useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField } from '../../ui/SelectField';
import { useFriends } from '../people/api';
import {
  useCurrentSessionId,
  useDelegates,
  useFriendDevices,
  useGrantDelegate,
  useMyDelegations,
  useRevokeDelegate,
  type Delegate,
} from './playback-api';
import type { EventDetail } from './room-cache';

type Device = { id: string; deviceName: string | null; platform: string | null };

const deviceLabel = (d: Device, currentId?: string) =>
  `${[d.deviceName, d.platform].filter(Boolean).join(' · ') || 'Unnamed device'}${d.id === currentId ? ' (this device)' : ''}`;

const coverage = (grant: { allDevices: boolean; devices: Device[] }, currentId?: string) =>
  grant.allDevices ? 'all devices' : grant.devices.length === 0 ? 'no signed-in device' : grant.devices.map((d) => deviceLabel(d, currentId)).join(', ');

/**
 * Music Control Delegation. The owner grants playback control to a friend, on all their devices or on chosen
 * ones, and revokes it; a delegate sees the grant and which of their devices it covers. Shown to the owner and
 * to delegates only.
 */
export function DelegationPanel({ event }: { event: EventDetail }) {
  if (event.myRole === 'owner') return <OwnerDelegation event={event} />;
  return <MyGrant event={event} />;
}

function MyGrant({ event }: { event: EventDetail }) {
  const grants = useMyDelegations();
  const currentId = useCurrentSessionId();
  const grant = grants.data?.find((g) => g.event.id === event.id);
  if (!grant) return null;
  const coversThis = grant.allDevices || grant.devices.some((d) => d.id === currentId);
  return (
    <section aria-labelledby="my-grant-heading" className="mb-6 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm" data-testid="my-grant">
      <h2 id="my-grant-heading" className="mb-2 text-lg font-semibold text-zinc-900">
        Your playback control
      </h2>
      <p className="text-sm text-zinc-800">
        {grant.grantedBy.displayName} lets you control the music on {coverage(grant, currentId)}.
      </p>
      <p className="mt-1 text-sm text-zinc-700">{coversThis ? 'This device is covered.' : 'This device is not covered: use one of those above.'}</p>
    </section>
  );
}

function OwnerDelegation({ event }: { event: EventDetail }) {
  const delegates = useDelegates(event.id, true);
  const revoke = useRevokeDelegate(event.id);
  return (
    <section aria-labelledby="delegation-heading" className="mb-6 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
      <h2 id="delegation-heading" className="mb-3 text-lg font-semibold text-zinc-900">
        Playback control
      </h2>
      <p className="mb-3 text-sm text-zinc-700">Let a friend control the music (play, pause, skip, choose the player) from their devices.</p>
      {delegates.data && delegates.data.length > 0 && (
        <ul aria-label="Delegates" className="mb-4 flex flex-col gap-2">
          {delegates.data.map((d) => (
            <DelegateRow key={d.user.id} delegate={d} onRevoke={() => revoke.mutate(d.user.id)} busy={revoke.isPending && revoke.variables === d.user.id} />
          ))}
        </ul>
      )}
      <ErrorNotice error={delegates.error ?? revoke.error} className="mb-3" />
      <GrantForm event={event} />
    </section>
  );
}

function DelegateRow({ delegate, onRevoke, busy }: { delegate: Delegate; onRevoke: () => void; busy: boolean }) {
  return (
    <li className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-200 p-3" data-testid="delegate">
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{delegate.user.displayName}</p>
        <p className="text-sm text-zinc-700">On {coverage(delegate)}</p>
      </div>
      <Button variant="secondary" busy={busy} onClick={onRevoke}>
        Revoke<span className="sr-only"> {delegate.user.displayName}’s control</span>
      </Button>
    </li>
  );
}

function GrantForm({ event }: { event: EventDetail }) {
  const friends = useFriends();
  const [friendId, setFriendId] = useState('');
  const [scope, setScope] = useState<'all' | 'chosen'>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const devices = useFriendDevices(event.id, friendId && scope === 'chosen' ? friendId : null);
  const grant = useGrantDelegate(event.id);
  const list = friends.data?.items ?? [];
  if (friends.isSuccess && list.length === 0) return <p className="text-sm text-zinc-700">Add friends to let them control the music.</p>;
  const options = [{ value: '', label: 'Choose a friend' }, ...list.map((f) => ({ value: f.user.id, label: f.user.displayName }))];
  const submit = () => {
    if (!friendId) return;
    grant.mutate(
      { userId: friendId, devices: scope === 'all' ? 'all' : chosen },
      {
        onSuccess: () => {
          setFriendId('');
          setChosen([]);
          setScope('all');
        },
      },
    );
  };
  return (
    <form
      className="flex flex-col gap-3"
      aria-label="Grant playback control"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <SelectField
        label="Friend to give control to"
        options={options}
        value={friendId}
        onChange={(e) => {
          setFriendId(e.currentTarget.value);
          setChosen([]);
        }}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-zinc-800">Devices</legend>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="radio" name="delegate-scope" className="size-5" checked={scope === 'all'} onChange={() => setScope('all')} />
          All their devices
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="radio" name="delegate-scope" className="size-5" checked={scope === 'chosen'} onChange={() => setScope('chosen')} />
          Chosen devices
        </label>
      </fieldset>
      {scope === 'chosen' && friendId && (
        <fieldset className="flex flex-col gap-1 pl-2">
          <legend className="text-sm font-medium text-zinc-800">Their signed-in devices</legend>
          {devices.isPending && <p className="text-sm text-zinc-700">Loading their devices…</p>}
          {devices.data?.length === 0 && <p className="text-sm text-zinc-700">They have no signed-in device.</p>}
          {devices.data?.map((d) => (
            <label key={d.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-5"
                checked={chosen.includes(d.id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setChosen((c) => (on ? [...c, d.id] : c.filter((id) => id !== d.id)));
                }}
              />
              {deviceLabel(d)} · last used {new Date(d.lastSeenAt).toLocaleString()}
              {d.delegated ? ' · covered now' : ''}
            </label>
          ))}
          <ErrorNotice error={devices.error} />
        </fieldset>
      )}
      <ErrorNotice error={grant.error} />
      <div>
        <Button type="submit" busy={grant.isPending} disabled={!friendId || (scope === 'chosen' && chosen.length === 0)}>
          Grant control
        </Button>
      </div>
    </form>
  );
}
