import type { ServerFrames } from '@contracts';
import type { components } from '../../api/schema';

export type EventDetail = components['schemas']['EventDto'];
export type QueueEntry = components['schemas']['QueueEntryDto'];

/** The queue's order on the server: score desc, then proposedAt asc. */
export function sortQueue(queue: QueueEntry[]): QueueEntry[] {
  return [...queue].sort((a, b) => b.score - a.score || a.proposedAt.localeCompare(b.proposedAt));
}

export type RoomFrame =
  | { name: 'queue.vote_changed'; frame: ServerFrames['queue.vote_changed'] }
  | { name: 'queue.track_added'; frame: ServerFrames['queue.track_added'] }
  | { name: 'queue.track_removed'; frame: ServerFrames['queue.track_removed'] }
  | { name: 'playback.changed'; frame: ServerFrames['playback.changed'] }
  | { name: 'player.changed'; frame: ServerFrames['player.changed'] }
  | { name: 'event.updated'; frame: ServerFrames['event.updated'] };

type EntryFrame = ServerFrames['queue.track_added']['entry'];
type SettingsFrame = ServerFrames['event.updated']['event'];

/** A new entry as the queue shows it: nobody, the viewer included, has voted for it yet. */
const toQueueEntry = ({ id, track, proposedBy, score, proposedAt }: EntryFrame): QueueEntry => ({ id, track, proposedBy, score, proposedAt, votedByMe: false });

/** The shared settings only: the frame's `myRole` is not the viewer's. */
const settingsOf = ({ name, description, visibility, voteLicense, geo, window, maxProposalsPerUser }: SettingsFrame) => ({
  name,
  description,
  visibility,
  voteLicense,
  geo,
  window,
  maxProposalsPerUser,
});

/** The room after one frame (already checked to be the next version). Per-viewer fields are kept as they were. */
export function applyRoomFrame(event: EventDetail, { name, frame }: RoomFrame): EventDetail {
  const next = { ...event, version: frame.version };
  switch (name) {
    case 'queue.vote_changed':
      return { ...next, queue: sortQueue(event.queue.map((e) => (e.id === frame.entryId ? { ...e, score: frame.score } : e))) };
    case 'queue.track_added':
      if (event.queue.some((e) => e.id === frame.entry.id)) return next;
      return { ...next, queue: sortQueue([...event.queue, toQueueEntry(frame.entry)]) };
    case 'queue.track_removed':
      return { ...next, queue: event.queue.filter((e) => e.id !== frame.entryId) };
    case 'playback.changed':
      return { ...next, nowPlaying: frame.playback };
    case 'player.changed':
      return { ...next, player: frame.player };
    case 'event.updated':
      return { ...next, ...settingsOf(frame.event) };
  }
}

/** A sentence for the live region about a change someone else made, or null when there is nothing to say. */
export function describeFrame(before: EventDetail, after: EventDetail, { name, frame }: RoomFrame): string | null {
  switch (name) {
    case 'queue.vote_changed': {
      const entry = after.queue.find((e) => e.id === frame.entryId);
      const old = before.queue.find((e) => e.id === frame.entryId);
      if (!entry || old?.score === entry.score) return null;
      const place = after.queue.indexOf(entry) + 1;
      return `${entry.track.title}: ${entry.score} ${entry.score === 1 ? 'vote' : 'votes'}, now number ${place} in the queue.`;
    }
    case 'queue.track_added':
      return `${frame.entry.track.title} was added to the queue.`;
    case 'queue.track_removed': {
      const entry = before.queue.find((e) => e.id === frame.entryId);
      return entry && frame.reason === 'removed' ? `${entry.track.title} was removed from the queue.` : null;
    }
    case 'playback.changed': {
      const track = frame.playback?.track;
      if (!track) return 'Nothing is playing.';
      if (track.providerTrackId === before.nowPlaying?.track?.providerTrackId && frame.playback?.entryId === before.nowPlaying.entryId) {
        return frame.playback.state === 'paused' ? 'Paused.' : null;
      }
      return `Now playing: ${track.title} by ${track.artist}.`;
    }
    default:
      return null;
  }
}
