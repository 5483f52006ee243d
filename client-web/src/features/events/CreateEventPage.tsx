import { useNavigate } from 'react-router';
import { Page } from '../../ui/Page';
import { DEFAULT_MAX_PROPOSALS, useCreateEvent } from './api';
import { EventForm } from './EventForm';
import { emptyEventForm } from './event-form';

export function CreateEventPage() {
  const create = useCreateEvent();
  const navigate = useNavigate();
  return (
    <Page title="New event" narrow>
      <EventForm
        defaultValues={emptyEventForm}
        submitLabel="Create the event"
        busy={create.isPending}
        error={create.error}
        onSubmit={(body, setError) => create.mutate({ ...body, maxProposalsPerUser: DEFAULT_MAX_PROPOSALS }, { onSuccess: (event) => void navigate(`/events/${event.id}`), onError: setError })}
      />
    </Page>
  );
}
