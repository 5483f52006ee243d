import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useRef } from 'react';
import type { PlaylistEntry } from './playlist-cache';

const instructions: ScreenReaderInstructions = {
  draggable:
    'To move a track, press space or enter to pick it up, then the up and down arrow keys to choose its new place, and space or enter again to drop it there. Escape cancels.',
};

const clock = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export interface TrackListProps {
  entries: PlaylistEntry[];
  canEdit: boolean;
  /** A change of the viewer is under way: moves wait until it is in (they are based on the version shown). */
  busy: boolean;
  currentEntryId: string | null;
  onMove: (activeId: string, overId: string) => void;
  onRemove: (entry: PlaylistEntry) => void;
  onPlay: (entry: PlaylistEntry) => void;
}

/**
 * The playlist in order. Editors reorder it by dragging a track's handle, or with the keyboard (dnd-kit's
 * keyboard sensor: space, arrows, space), each step announced; every row also plays or removes its track.
 */
export function TrackList({ entries, canEdit, busy, currentEntryId, onMove, onRemove, onPlay }: TrackListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const place = (id: UniqueIdentifier) => entries.findIndex((e) => e.id === id) + 1;
  const title = (id: UniqueIdentifier) => entries.find((e) => e.id === id)?.track.title ?? 'The track';
  // Over its own place right after the pick-up says nothing (the pick-up was just announced); coming back does.
  const left = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      left.current = false;
      return `Picked up ${title(active.id)}, number ${place(active.id)} of ${entries.length}.`;
    },
    onDragOver: ({ active, over }) => {
      if (!over) return `${title(active.id)} is not over a place.`;
      if (over.id === active.id && !left.current) return undefined;
      left.current = true;
      return over.id === active.id
        ? `${title(active.id)} would stay at number ${place(over.id)}.`
        : `${title(active.id)} would move to number ${place(over.id)} of ${entries.length}.`;
    },
    onDragEnd: ({ active, over }) =>
      over ? `${title(active.id)} dropped at number ${place(over.id)} of ${entries.length}.` : `${title(active.id)} dropped where it was.`,
    onDragCancel: ({ active }) => `Moving ${title(active.id)} was cancelled; it stays at number ${place(active.id)}.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) onMove(String(active.id), String(over.id));
  };
  if (entries.length === 0) return <p className="text-zinc-700">No tracks yet.{canEdit ? ' Add the first one below.' : ''}</p>;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: instructions }}>
      <SortableContext items={entries.map((e) => e.id)} strategy={verticalListSortingStrategy} disabled={!canEdit || busy}>
        <ol aria-label="Tracks" className="flex flex-col gap-2">
          {entries.map((entry, index) => (
            <TrackRow
              key={entry.id}
              entry={entry}
              index={index}
              canEdit={canEdit}
              playing={entry.id === currentEntryId}
              onRemove={() => onRemove(entry)}
              onPlay={() => onPlay(entry)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function TrackRow({
  entry,
  index,
  canEdit,
  playing,
  onRemove,
  onPlay,
}: {
  entry: PlaylistEntry;
  index: number;
  canEdit: boolean;
  playing: boolean;
  onRemove: () => void;
  onPlay: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: entry.id });
  const { track } = entry;
  return (
    <li
      ref={setNodeRef}
      data-testid="playlist-entry"
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`flex flex-wrap items-center gap-2 rounded-lg border bg-white p-2 ${isDragging ? 'relative z-10 border-brand-700 shadow-lg' : 'border-zinc-200'} ${playing ? 'ring-2 ring-brand-700' : ''}`}
    >
      {canEdit && (
        <button
          ref={setActivatorNodeRef}
          type="button"
          {...attributes}
          {...listeners}
          aria-label={`Move ${track.title}`}
          className="flex min-h-11 min-w-11 cursor-grab touch-none items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 aria-disabled:cursor-not-allowed aria-disabled:text-zinc-400"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
            <circle cx="7" cy="5" r="1.5" />
            <circle cx="13" cy="5" r="1.5" />
            <circle cx="7" cy="10" r="1.5" />
            <circle cx="13" cy="10" r="1.5" />
            <circle cx="7" cy="15" r="1.5" />
            <circle cx="13" cy="15" r="1.5" />
          </svg>
        </button>
      )}
      <span className="w-6 text-right text-sm text-zinc-600" aria-hidden="true">
        {index + 1}
      </span>
      <div className="min-w-40 flex-1">
        <p className="truncate font-semibold" data-testid="entry-title">
          {track.title}
        </p>
        <p className="truncate text-sm text-zinc-700">
          {track.artist} · {clock(track.durationMs)}
          {entry.addedBy ? ` · added by ${entry.addedBy.displayName}` : ''}
        </p>
      </div>
      <div className="ml-auto flex gap-1">
        <button
          type="button"
          onClick={onPlay}
          aria-pressed={playing}
          className="min-h-11 rounded-lg border border-zinc-300 px-3 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 aria-pressed:border-brand-700 aria-pressed:text-brand-800"
        >
          Play<span className="sr-only"> {track.title}</span>
        </button>
        {canEdit && (
          <button type="button" onClick={onRemove} className="min-h-11 rounded-lg px-3 text-sm font-semibold text-red-800 hover:bg-red-50">
            Remove<span className="sr-only"> {track.title}</span>
          </button>
        )}
      </div>
    </li>
  );
}
