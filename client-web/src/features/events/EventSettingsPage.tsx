import { Link, useNavigate, useParams } from 'react-router';
import { asApiError } from '../../api/errors';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page, Section } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import { useDeleteEvent, useUpdateEvent } from './api';
import { EventForm } from './EventForm';
import { changedFields, eventFormValues, toEventBody } from './event-form';
import { useEventRoom } from './room-api';

/** The owner and hosts change an event's settings; the owner can delete it. */
export function EventSettingsPage() {
  const { id = '' } = useParams();
  const room = useEventRoom(id);
  const update = useUpdateEvent(id);
  const remove = useDeleteEvent(id);
  const navigate = useNavigate();
  const toast = useToast();
  if (room.isPending) return <Page title="Event settings">Loading the event…</Page>;
  if (room.isError) {
    const missing = asApiError(room.error).status === 404;
    return (
      <Page title="Event settings">
        {missing ? <p className="text-zinc-700">This event does not exist, or it is private and you are not invited.</p> : <ErrorNotice error={room.error} />}
        <Link to="/events" className="mt-3 inline-block text-brand-700 underline">
          Back to events
        </Link>
      </Page>
    );
  }
  const event = room.data;
  const back = (
    <Link to={`/events/${id}`} className="mb-4 inline-block text-brand-700 underline">
      Back to {event.name}
    </Link>
  );
  if (event.myRole !== 'owner' && event.myRole !== 'host') {
    return (
      <Page title="Event settings" narrow>
        {back}
        <p className="text-zinc-700">Only the owner, {event.owner.displayName}, and the hosts can change this event’s settings.</p>
      </Page>
    );
  }
  return (
    <Page title="Event settings" narrow>
      {back}
      <EventForm
        // The room's version moves with every vote: the form keeps what the person typed until they save.
        key={event.id}
        defaultValues={eventFormValues(event)}
        submitLabel="Save the settings"
        busy={update.isPending}
        error={update.error}
        onSubmit={(body, setError) =>
          update.mutate(changedFields(toEventBody(eventFormValues(event)), body), {
            onSuccess: () => {
              toast.show('Settings saved.', 'success');
              void navigate(`/events/${id}`);
            },
            onError: setError,
          })
        }
      />
      {event.myRole === 'owner' && (
        <div className="mt-8">
          <Section title="Delete the event">
            <p className="mb-3 text-sm text-zinc-700">Its queue, history and members go with it; everyone in the room is told and led out.</p>
            <ErrorNotice error={remove.error} className="mb-3" />
            <Button
              variant="danger"
              busy={remove.isPending}
              onClick={() => {
                if (window.confirm(`Delete “${event.name}” for everyone?`)) {
                  remove.mutate(undefined, {
                    onSuccess: () => {
                      toast.show('The event was deleted.', 'success');
                      void navigate('/events', { replace: true });
                    },
                  });
                }
              }}
            >
              Delete the event
            </Button>
          </Section>
        </div>
      )}
    </Page>
  );
}
