import { useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page } from '../../ui/Page';
import { ScopeTabs } from '../../ui/ScopeTabs';
import { SelectField } from '../../ui/SelectField';
import { useEvents, useNearbyEvents, type EventScope, type EventSummary, type NearPoint } from './api';

type Tab = EventScope | 'nearby';

const scopes: Array<{ value: Tab; label: string; listName: string; empty: string }> = [
  { value: 'public', label: 'Public', listName: 'Public events', empty: 'No public events right now. Create one and invite the room.' },
  { value: 'mine', label: 'Mine', listName: 'My events', empty: 'You have not created an event yet.' },
  { value: 'invited', label: 'Invited', listName: 'Events I am invited to', empty: 'Nobody has made you a host or a guest of an event yet.' },
  { value: 'nearby', label: 'Nearby', listName: 'Events near me', empty: 'No public event with an area within this distance of you.' },
];

const radiusChoices = [1, 5, 25, 100, 500];
const DEFAULT_RADIUS_KM = 25;

function isTab(value: string | null): value is Tab {
  return scopes.some((s) => s.value === value);
}

/** The events the person can see, by scope (kept in the URL so a tab can be linked and survives a reload). */
export function EventsPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('scope');
  const tab: Tab = isTab(requested) ? requested : 'public';
  const radiusParam = Number(params.get('radiusKm'));
  const radiusKm = radiusChoices.includes(radiusParam) ? radiusParam : DEFAULT_RADIUS_KM;
  const current = scopes.find((s) => s.value === tab) ?? scopes[0]!;
  return (
    <Page title="Events">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <ScopeTabs label="Which events" scopes={scopes} current={tab} onChange={(value) => setParams({ scope: value })} />
        <Link to="/events/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">
          New event
        </Link>
      </div>
      {tab === 'nearby' ? (
        <NearbyEvents
          radiusKm={radiusKm}
          onRadius={(km) => setParams({ scope: 'nearby', radiusKm: String(km) })}
          listName={current.listName}
          empty={current.empty}
        />
      ) : (
        <ScopedEvents scope={tab} listName={current.listName} empty={current.empty} />
      )}
    </Page>
  );
}

function ScopedEvents({ scope, listName, empty }: { scope: EventScope; listName: string; empty: string }) {
  const events = useEvents(scope);
  return <EventList query={events} listName={listName} empty={empty} />;
}

type Located = { state: 'locating' } | { state: 'located'; point: NearPoint } | { state: 'denied' } | { state: 'unavailable' };

/** The browser's position, asked for once the Nearby tab opens (and again on "Try again"). */
function useBrowserLocation(): [Located, () => void] {
  const supported = 'geolocation' in navigator;
  const [located, setLocated] = useState<Located>({ state: supported ? 'locating' : 'unavailable' });
  // Only the answer sets state (asynchronously), so the effect below can ask at mount.
  const ask = useCallback(() => {
    if (!supported) return;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => setLocated({ state: 'located', point: { lat: Number(coords.latitude.toFixed(5)), lng: Number(coords.longitude.toFixed(5)) } }),
      (error) => setLocated({ state: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { timeout: 15_000, maximumAge: 60_000 },
    );
  }, [supported]);
  useEffect(ask, [ask]);
  const retry = () => {
    if (!supported) return;
    setLocated({ state: 'locating' });
    ask();
  };
  return [located, retry];
}

function NearbyEvents({ radiusKm, onRadius, listName, empty }: { radiusKm: number; onRadius: (km: number) => void; listName: string; empty: string }) {
  const [located, locate] = useBrowserLocation();
  const events = useNearbyEvents(located.state === 'located' ? located.point : null, radiusKm);
  return (
    <>
      <SelectField
        label="Distance"
        className="mb-3 max-w-56"
        value={String(radiusKm)}
        onChange={(e) => onRadius(Number(e.target.value))}
        options={radiusChoices.map((km) => ({ value: String(km), label: `Within ${km} km` }))}
      />
      {located.state === 'locating' && <p className="text-zinc-700">Finding where you are…</p>}
      {(located.state === 'denied' || located.state === 'unavailable') && (
        <div role="alert" className="mb-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-zinc-900">
          <p className="mb-2">
            {located.state === 'denied'
              ? 'Your browser did not share your location, so nearby events cannot be found. Allow this site to see your location (in the browser’s site settings), then try again.'
              : 'Your location is not available right now (no position was found in time). Try again, or look through the public events.'}
          </p>
          <Button variant="secondary" onClick={locate}>
            Try again
          </Button>
        </div>
      )}
      {located.state === 'located' && <EventList query={events} listName={listName} empty={empty} />}
    </>
  );
}

function EventList({
  query,
  listName,
  empty,
}: {
  query: { data?: { items: EventSummary[] } | undefined; error: unknown; isSuccess: boolean };
  listName: string;
  empty: string;
}) {
  const items = query.data?.items ?? [];
  return (
    <>
      <ErrorNotice error={query.error} className="mb-3" />
      {query.isSuccess && items.length === 0 && <p className="text-zinc-700">{empty}</p>}
      <ul aria-label={listName} className="flex flex-col gap-3">
        {items.map((event) => (
          <EventCard key={event.id} event={event} />
        ))}
      </ul>
    </>
  );
}

const distance = (meters: number) => (meters < 1000 ? `${Math.round(meters)} m away` : `${(meters / 1000).toFixed(meters < 10_000 ? 1 : 0)} km away`);

function EventCard({ event }: { event: EventSummary }) {
  return (
    <li className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
      <p className="font-semibold">
        <Link to={`/events/${event.id}`} className="text-brand-700 underline-offset-2 hover:underline">
          {event.name}
        </Link>
      </p>
      <p className="text-sm text-zinc-700">
        By {event.owner.displayName} · {event.visibility === 'public' ? 'Public' : 'Private'} ·{' '}
        {event.voteLicense === 'everyone' ? 'everyone votes' : 'invited people vote'} · {event.listenerCount}{' '}
        {event.listenerCount === 1 ? 'listener' : 'listeners'}
        {event.myRole ? ` · you are ${event.myRole}` : ''}
        {event.distanceMeters !== undefined ? ` · ${distance(event.distanceMeters)}` : ''}
      </p>
      {event.window && (
        <p className="text-sm text-zinc-700">
          {new Date(event.window.startsAt).toLocaleString()} – {new Date(event.window.endsAt).toLocaleString()}
        </p>
      )}
    </li>
  );
}
