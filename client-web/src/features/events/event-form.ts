import { z } from 'zod';
import type { EventBody } from './api';
import type { EventDetail } from './room-cache';

/** The server's limits (CreateEventDto / UpdateEventDto), mirrored so the form says what is wrong before sending. */
export const EVENT_LIMITS = {
  name: 100,
  description: 2000,
  radiusMeters: { min: 10, max: 100_000 },
  maxTrackDurationMs: { min: 10_000, max: 21_600_000 },
  skipThreshold: { min: 1, max: 10_000 },
} as const;

const isNumber = (value: string) => value !== '' && Number.isFinite(Number(value));
const between = (value: string, min: number, max: number) => isNumber(value) && Number(value) >= min && Number(value) <= max;

/** Minutes as typed ("4", "3.5") to milliseconds. */
export const minutesToMs = (minutes: string): number => Math.round(Number(minutes) * 60_000);

/**
 * The event form as typed (strings from inputs); `toEventBody` turns it into the API body (the same for creating
 * and for changing an event). Empty party settings mean the server's defaults: no fallback playlist, no length
 * limit, and a skip threshold of half the connected listeners.
 */
export const eventFormSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the event a name.').max(EVENT_LIMITS.name, `At most ${EVENT_LIMITS.name} characters.`),
    description: z.string().max(EVENT_LIMITS.description, `At most ${EVENT_LIMITS.description} characters.`),
    visibility: z.enum(['public', 'private']),
    voteLicense: z.enum(['everyone', 'invited']),
    joinByLink: z.boolean(),
    useArea: z.boolean(),
    lat: z.string().trim(),
    lng: z.string().trim(),
    radiusMeters: z.string().trim(),
    useWindow: z.boolean(),
    startsAt: z.string(),
    endsAt: z.string(),
    fallbackPlaylistId: z.string(),
    maxTrackMinutes: z.string().trim(),
    skipThreshold: z.string().trim(),
  })
  .superRefine((v, ctx) => {
    if (v.useArea) {
      if (!between(v.lat, -90, 90)) ctx.addIssue({ code: 'custom', path: ['lat'], message: 'A latitude between -90 and 90.' });
      if (!between(v.lng, -180, 180)) ctx.addIssue({ code: 'custom', path: ['lng'], message: 'A longitude between -180 and 180.' });
      const { min, max } = EVENT_LIMITS.radiusMeters;
      if (!between(v.radiusMeters, min, max)) {
        ctx.addIssue({ code: 'custom', path: ['radiusMeters'], message: `A radius between ${min} and ${max.toLocaleString('en')} metres.` });
      }
    }
    if (v.useWindow) {
      const starts = Date.parse(v.startsAt);
      const ends = Date.parse(v.endsAt);
      if (Number.isNaN(starts)) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'When does it start?' });
      if (Number.isNaN(ends)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'When does it end?' });
      else if (!Number.isNaN(starts) && ends <= starts) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end comes after the start.' });
    }
    if (v.maxTrackMinutes !== '') {
      const { min, max } = EVENT_LIMITS.maxTrackDurationMs;
      const ms = minutesToMs(v.maxTrackMinutes);
      if (!isNumber(v.maxTrackMinutes) || ms < min || ms > max) {
        ctx.addIssue({ code: 'custom', path: ['maxTrackMinutes'], message: 'Between 10 seconds (0.17 minutes) and 6 hours (360 minutes), or empty for no limit.' });
      }
    }
    if (v.skipThreshold !== '') {
      const { min, max } = EVENT_LIMITS.skipThreshold;
      if (!between(v.skipThreshold, min, max) || !Number.isInteger(Number(v.skipThreshold))) {
        ctx.addIssue({ code: 'custom', path: ['skipThreshold'], message: `A whole number of votes from ${min} to ${max.toLocaleString('en')}, or empty for the default.` });
      }
    }
  });

export type EventFormValues = z.infer<typeof eventFormSchema>;

export const emptyEventForm: EventFormValues = {
  name: '',
  description: '',
  visibility: 'public',
  voteLicense: 'everyone',
  joinByLink: false,
  useArea: false,
  lat: '',
  lng: '',
  radiusMeters: '200',
  useWindow: false,
  startsAt: '',
  endsAt: '',
  fallbackPlaylistId: '',
  maxTrackMinutes: '',
  skipThreshold: '',
};

/** Datetime-local values are local wall-clock times; the API takes ISO-8601 instants. */
export function toEventBody(v: EventFormValues): EventBody {
  return {
    name: v.name.trim(),
    description: v.description.trim(),
    visibility: v.visibility,
    voteLicense: v.voteLicense,
    joinByLink: v.visibility === 'private' && v.joinByLink,
    geo: v.useArea ? { lat: Number(v.lat), lng: Number(v.lng), radiusMeters: Number(v.radiusMeters) } : null,
    window: v.useWindow ? { startsAt: new Date(v.startsAt).toISOString(), endsAt: new Date(v.endsAt).toISOString() } : null,
    fallbackPlaylistId: v.fallbackPlaylistId === '' ? null : v.fallbackPlaylistId,
    maxTrackDurationMs: v.maxTrackMinutes === '' ? null : minutesToMs(v.maxTrackMinutes),
    skipThreshold: v.skipThreshold === '' ? null : Number(v.skipThreshold),
  };
}

/**
 * The fields of `after` that differ from `before`: a change of settings sends only what the person changed, so it
 * neither undoes what someone else saved meanwhile nor re-checks a fallback playlist the owner chose and a host
 * cannot read.
 */
export function changedFields(before: EventBody, after: EventBody): Partial<EventBody> {
  const changed: Partial<Record<keyof EventBody, unknown>> = {};
  for (const key of Object.keys(after) as Array<keyof EventBody>) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) changed[key] = after[key];
  }
  return changed as Partial<EventBody>;
}

/** An instant as a datetime-local value (local wall-clock time, to the minute). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The saved event as form values (for the settings screen). */
export function eventFormValues(event: EventDetail): EventFormValues {
  return {
    name: event.name,
    description: event.description,
    visibility: event.visibility,
    voteLicense: event.voteLicense,
    joinByLink: event.joinByLink,
    useArea: event.geo !== null,
    lat: event.geo ? String(event.geo.lat) : '',
    lng: event.geo ? String(event.geo.lng) : '',
    radiusMeters: event.geo ? String(event.geo.radiusMeters) : '200',
    useWindow: event.window !== null,
    startsAt: event.window ? toLocalInput(event.window.startsAt) : '',
    endsAt: event.window ? toLocalInput(event.window.endsAt) : '',
    fallbackPlaylistId: event.fallbackPlaylistId ?? '',
    maxTrackMinutes: event.maxTrackDurationMs === null ? '' : String(Math.round((event.maxTrackDurationMs / 60_000) * 100) / 100),
    skipThreshold: event.skipThreshold === null ? '' : String(event.skipThreshold),
  };
}

/** Where the server's field problems (VALIDATION_FAILED details) land on the form. */
export const serverFieldAliases: Record<string, keyof EventFormValues> = {
  name: 'name',
  description: 'description',
  visibility: 'visibility',
  voteLicense: 'voteLicense',
  joinByLink: 'joinByLink',
  'geo.lat': 'lat',
  'geo.lng': 'lng',
  'geo.radiusMeters': 'radiusMeters',
  'window.startsAt': 'startsAt',
  'window.endsAt': 'endsAt',
  fallbackPlaylistId: 'fallbackPlaylistId',
  maxTrackDurationMs: 'maxTrackMinutes',
  skipThreshold: 'skipThreshold',
};
