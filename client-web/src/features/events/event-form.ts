import { z } from 'zod';
import type { CreateEventBody } from './api';


/** The create-event form as typed (strings from inputs); `toCreateEventBody` turns it into the API body. */
export const eventFormSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the event a name.').max(100, 'At most 100 characters.'),
    description: z.string().max(1000, 'At most 1000 characters.'),
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
  })
  .superRefine((v, ctx) => {
    if (v.useArea) {
      const inRange = (value: string, limit: number) => value !== '' && Number.isFinite(Number(value)) && Math.abs(Number(value)) <= limit;
      if (!inRange(v.lat, 90)) ctx.addIssue({ code: 'custom', path: ['lat'], message: 'A latitude between -90 and 90.' });
      if (!inRange(v.lng, 180)) ctx.addIssue({ code: 'custom', path: ['lng'], message: 'A longitude between -180 and 180.' });
      if (!inRange(v.radiusMeters, 1_000_000) || Number(v.radiusMeters) <= 0) ctx.addIssue({ code: 'custom', path: ['radiusMeters'], message: 'A radius in metres, above 0.' });
    }
    if (v.useWindow) {
      const starts = Date.parse(v.startsAt);
      const ends = Date.parse(v.endsAt);
      if (Number.isNaN(starts)) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'When does it start?' });
      if (Number.isNaN(ends)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'When does it end?' });
      else if (!Number.isNaN(starts) && ends <= starts) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end comes after the start.' });
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
};

/** Datetime-local values are local wall-clock times; the API takes ISO-8601 instants. */
export function toCreateEventBody(v: EventFormValues): CreateEventBody {
  return {
    name: v.name.trim(),
    description: v.description,
    visibility: v.visibility,
    voteLicense: v.voteLicense,
    joinByLink: v.visibility === 'private' && v.joinByLink,
    maxProposalsPerUser: 3,
    geo: v.useArea ? { lat: Number(v.lat), lng: Number(v.lng), radiusMeters: Number(v.radiusMeters) } : null,
    window: v.useWindow ? { startsAt: new Date(v.startsAt).toISOString(), endsAt: new Date(v.endsAt).toISOString() } : null,
  };
}
