import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { asApiError } from '../../api/errors';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page } from '../../ui/Page';
import { useEventByCode, useJoinByCode } from './share-api';

/** `/e/:code`: what the code names, and joining it (already in: straight to the room). */
export function JoinByCodePage() {
  const { code = '' } = useParams();
  const preview = useEventByCode(code);
  const join = useJoinByCode(code);
  const navigate = useNavigate();
  if (preview.isPending) return <Page title="Join an event">Looking up the code…</Page>;
  if (preview.isError) {
    const missing = asApiError(preview.error).status === 404;
    return (
      <Page title={missing ? 'Event not found' : 'Join an event'}>
        {missing ? <p className="text-zinc-700">No event has the code “{code}”, or you may not join it.</p> : <ErrorNotice error={preview.error} />}
        <Link to="/events" className="mt-3 inline-block text-brand-700 underline">
          Back to events
        </Link>
      </Page>
    );
  }
  const event = preview.data;
  if (event.joinsAs === 'already_in') return <Navigate to={`/events/${event.id}`} replace />;
  return (
    <Page title={`Join ${event.name}`} narrow>
      <p className="mb-4 text-zinc-800">
        By {event.owner.displayName} · {event.listenerCount} {event.listenerCount === 1 ? 'listener' : 'listeners'}. You join as a {event.joinsAs}.
      </p>
      <ErrorNotice error={join.error} className="mb-3" />
      <Button busy={join.isPending} onClick={() => join.mutate(undefined, { onSuccess: (joined) => void navigate(`/events/${joined.id}`) })}>
        Join the event
      </Button>
    </Page>
  );
}
