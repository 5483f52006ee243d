import type { EventDetail } from './room-cache';
import { useQrCode } from './share-api';

/** The join code, the link it makes and its QR code, for people in the same room. */
export function SharePanel({ event }: { event: EventDetail }) {
  const link = `${window.location.origin}/e/${event.code}`;
  const qr = useQrCode(event.id, event.code);
  return (
    <div className="flex flex-wrap items-start gap-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-zinc-700">Code</dt>
        <dd data-testid="join-code" className="font-mono text-lg font-bold tracking-widest">
          {event.code}
        </dd>
        <dt className="text-zinc-700">Link</dt>
        <dd className="break-all">
          <a href={link} className="text-brand-700 underline">
            {link}
          </a>
        </dd>
      </dl>
      {qr.data && <img src={qr.data} alt={`QR code of the link to ${event.name}`} className="size-40 rounded-lg border border-zinc-200 bg-white p-2" />}
    </div>
  );
}
