import { Link, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page } from '../../ui/Page';
import { ScopeTabs } from '../../ui/ScopeTabs';
import { useEvents, type EventScope, type EventSummary } from './api';

const scopes: Array<{ value: EventScope; label: string; listName: string; empty: string }> = [
  { value: 'public', label: 'Public', listName: 'Public events', empty: 'No public events right now. Create one and invite the room.' },
  { value: 'mine', label: 'Mine', listName: 'My events', empty: 'You have not created an event yet.' },
  { value: 'invited', label: 'Invited', listName: 'Events I am invited to', empty: 'Nobody has made you a host or a guest of an event yet.' },
];

function isScope(value: string | null): value is EventScope {
  return scopes.some((s) => s.value === value);
}

/** The events the person can see, by scope (kept in the URL so a tab can be linked and survives a reload). */
export function EventsPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('scope');
  const scope: EventScope = isScope(requested) ? requested : 'public';
  const events = useEvents(scope);
  const items = events.data?.items ?? [];
  const current = scopes.find((s) => s.value === scope) ?? scopes[0]!;
  return (
    <Page title="Events">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <ScopeTabs label="Which events" scopes={scopes} current={scope} onChange={(value) => setParams({ scope: value })} />
        <Link to="/events/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">
          New event
        </Link>
      </div>
      <ErrorNotice error={events.error} className="mb-3" />
      {events.isSuccess && items.length === 0 && <p className="text-zinc-700">{current.empty}</p>}
      <ul aria-label={current.listName} className="flex flex-col gap-3">
        {items.map((event) => (
          <EventCard key={event.id} event={event} />
        ))}
      </ul>
    </Page>
  );
}

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
      </p>
      {event.window && (
        <p className="text-sm text-zinc-700">
          {new Date(event.window.startsAt).toLocaleString()} – {new Date(event.window.endsAt).toLocaleString()}
        </p>
      )}
    </li>
  );
}
