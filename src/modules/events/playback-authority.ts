import { DomainError } from '../../common/errors/domain-error';
import type { GrantDevices } from './delegations.repository';
import { isHostOrOwner, type EventContext } from './event-context';

/**
 * Who may control an event's playback, decided per calling session (device): the owner and hosts from any
 * device, a delegate only from a device their grant covers. The one place these rules live; every playback
 * command, the player device and anything else that drives the deck asks here.
 */
export type PlaybackControl = 'allowed' | 'not_a_controller' | 'device_not_delegated';

/** `sessionId` null: no device is known (a server-side caller); only an all-devices grant covers it. */
export const grantCovers = (devices: GrantDevices, sessionId: string | null): boolean =>
  devices === 'all' || (sessionId !== null && devices.includes(sessionId));

export function playbackControl(ctx: EventContext, sessionId: string | null): PlaybackControl {
  if (isHostOrOwner(ctx)) return 'allowed';
  if (!ctx.delegate) return 'not_a_controller';
  return grantCovers(ctx.delegate.devices, sessionId) ? 'allowed' : 'device_not_delegated';
}

export const canControlPlayback = (ctx: EventContext, sessionId: string | null): boolean => playbackControl(ctx, sessionId) === 'allowed';

/** FORBIDDEN for non-controllers; DEVICE_NOT_DELEGATED for a delegate on a device the grant does not cover. */
export function assertControlsPlayback(ctx: EventContext, sessionId: string | null): void {
  switch (playbackControl(ctx, sessionId)) {
    case 'allowed':
      return;
    case 'device_not_delegated':
      throw new DomainError('DEVICE_NOT_DELEGATED', 'Your playback delegation does not cover this device.', { sessionId });
    case 'not_a_controller':
      throw new DomainError('FORBIDDEN', 'Only the owner, hosts and delegates control playback.');
  }
}
