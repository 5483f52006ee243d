import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Section } from '../../ui/Page';
import { useDevices, useSignOutDevice, useSignOutOtherDevices, type Device } from './api';

const platformNames: Record<string, string> = { web: 'Web', ios: 'iOS', android: 'Android' };

function describe(device: Device): string {
  const name = device.deviceName ?? 'Unknown device';
  const platform = device.platform ? (platformNames[device.platform] ?? device.platform) : null;
  return platform && !name.toLowerCase().includes(platform.toLowerCase()) ? `${name} (${platform})` : name;
}

/** The sessions list: sign one device out, or every device but this one. */
export function DevicesSection() {
  const devices = useDevices();
  const signOut = useSignOutDevice();
  const signOutOthers = useSignOutOtherDevices();
  const others = devices.data?.filter((d) => !d.current).length ?? 0;
  return (
    <Section title="Devices">
      <ErrorNotice error={devices.error ?? signOut.error ?? signOutOthers.error} />
      <ul aria-label="Signed-in devices" className="divide-y divide-zinc-100">
        {devices.data?.map((device) => (
          <li key={device.id} className="flex flex-wrap items-center gap-3 py-2" data-testid="device">
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {describe(device)}
                {device.current && <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900">This device</span>}
              </p>
              <p className="text-xs text-zinc-600">
                Signed in {new Date(device.createdAt).toLocaleString()} · last active {new Date(device.lastSeenAt).toLocaleString()}
                {device.appVersion ? ` · version ${device.appVersion}` : ''}
              </p>
            </div>
            {!device.current && (
              <Button variant="secondary" busy={signOut.isPending && signOut.variables === device.id} onClick={() => signOut.mutate(device.id)}>
                Sign out<span className="sr-only"> {describe(device)}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others > 0 && (
        <Button variant="danger" className="mt-3" busy={signOutOthers.isPending} onClick={() => signOutOthers.mutate()}>
          Sign out all other devices
        </Button>
      )}
      {signOutOthers.isSuccess && others === 0 && (
        <p role="status" className="mt-2 text-sm text-emerald-800">
          Every other device is signed out.
        </p>
      )}
    </Section>
  );
}
