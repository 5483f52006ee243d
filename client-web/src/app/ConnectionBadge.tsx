import { useConnectionState } from '../realtime/RealtimeProvider';
import type { ConnectionState } from '../realtime/connection';

const labels: Record<ConnectionState, { text: string; dot: string }> = {
  idle: { text: 'Not connected', dot: 'bg-zinc-400' },
  connecting: { text: 'Connecting…', dot: 'bg-amber-500' },
  connected: { text: 'Live', dot: 'bg-emerald-600' },
  reconnecting: { text: 'Reconnecting…', dot: 'bg-amber-500' },
  offline: { text: 'Offline', dot: 'bg-red-600' },
};

/** Connected / reconnecting / offline, announced politely when it changes. */
export function ConnectionBadge() {
  const state = useConnectionState();
  const { text, dot } = labels[state];
  return (
    <span role="status" data-connection={state} className="inline-flex items-center gap-1.5 rounded-full bg-white/10 px-2 py-1 text-xs font-medium text-white">
      <span aria-hidden="true" className={`size-2 rounded-full ${dot}`} />
      <span>
        <span className="sr-only">Connection: </span>
        {text}
      </span>
    </span>
  );
}
