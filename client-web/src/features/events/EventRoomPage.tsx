import { Link, useNavigate, useParams } from 'react-router';
import { asApiError } from '../../api/errors';
import { EventMembersPanel } from './EventMembersPanel';
import { HistoryPanel } from './HistoryPanel';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page, Section } from '../../ui/Page';
import { DelegationPanel } from './DelegationPanel';
import { EventPlayer } from './EventPlayer';
import { NowPlaying } from './NowPlaying';
import { PlaybackControls } from './PlaybackControls';
import { ProposeTrack } from './ProposeTrack';
import { QueueList } from './QueueList';
import { SharePanel } from './SharePanel';
import { useEventRoom, useMembership } from './room-api';
import type { EventDetail } from './room-cache';
import { usePlaybackLive } from './use-playback-live';
import { useRoomLive } from './use-room-live';

export function EventRoomPage() {
  const { id = '' } = useParams();
  const room = useEventRoom(id);
  const announcement = useRoomLive(id);
  usePlaybackLive(id);
  if (room.isPending) return <Page title="Event">Loading the room…</Page>;
  if (room.isError) {
    const missing = asApiError(room.error).status === 404;
    return (
      <Page title={missing ? 'Event not found' : 'Event'}>
        {missing ? <p className="text-zinc-700">This event does not exist, or it is private and you are not invited.</p> : <ErrorNotice error={room.error} />}
        <Link to="/events" className="mt-3 inline-block text-brand-700 underline">
          Back to events
        </Link>
      </Page>
    );
  }
  return <Room event={room.data} announcement={announcement} />;
}

function Room({ event, announcement }: { event: EventDetail; announcement: string }) {
  const membership = useMembership(event.id);
  const navigate = useNavigate();
  const inRoom = event.isListener || event.myRole !== null;
  return (
    <Page title={event.name}>
      <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="room-announcer">
        {announcement}
      </p>
      <p className="mb-3 text-sm text-zinc-700">
        By {event.owner.displayName} · {event.visibility === 'public' ? 'Public' : 'Private'} · {event.listenerCount}{' '}
        {event.listenerCount === 1 ? 'listener' : 'listeners'}
        {event.myRole ? ` · you are ${event.myRole}` : ''}
      </p>
      {event.description && <p className="mb-3 text-zinc-800">{event.description}</p>}
      <div className="mb-4 flex gap-2">
        {!inRoom && (
          <Button busy={membership.isPending} onClick={() => membership.mutate('join')}>
            Join the event
          </Button>
        )}
        {(event.myRole === 'owner' || event.myRole === 'host') && (
          <Link to={`/events/${event.id}/settings`} className="inline-flex min-h-11 items-center rounded-lg border border-zinc-300 bg-white px-4 text-sm font-semibold text-zinc-900 hover:bg-zinc-100">
            Event settings
          </Link>
        )}
        {inRoom && event.myRole !== 'owner' && (
          <Button variant="secondary" busy={membership.isPending} onClick={() => membership.mutate('leave', { onSuccess: () => void navigate('/events') })}>
            Leave the event
          </Button>
        )}
      </div>
      <ErrorNotice error={membership.error} className="mb-3" />
      <Section title="Now playing">
        <NowPlaying playback={event.nowPlaying} />
        <PlaybackControls event={event} />
        <EventPlayer event={event} />
        <Link to={`/events/${event.id}/tv`} className="mt-3 inline-block text-sm text-brand-700 underline">
          TV mode
        </Link>
      </Section>
      <DelegationPanel event={event} />
      <Section title="Queue">
        {!event.canVote && <p className="mb-2 text-sm text-zinc-700">Voting is not open to you right now; a vote attempt says why.</p>}
        <QueueList event={event} />
      </Section>
      <Section title="Share">
        <SharePanel event={event} />
      </Section>
      <Section title="Propose a track">
        <ProposeTrack event={event} />
      </Section>
      <Section title="Members">
        <EventMembersPanel event={event} />
      </Section>
      <Section title="History">
        <HistoryPanel event={event} />
      </Section>
    </Page>
  );
}
