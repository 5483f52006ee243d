import { describe, expect, it, vi } from 'vitest';
import { applyFieldErrors } from '../../ui/form-errors';
import { ApiError } from '../../api/errors';
import { changedFields, emptyEventForm, eventFormSchema, eventFormValues, serverFieldAliases, toEventBody, toLocalInput, type EventFormValues } from './event-form';
import type { EventDetail } from './room-cache';

const issues = (values: Partial<EventFormValues>) => {
  const result = eventFormSchema.safeParse({ ...emptyEventForm, name: 'Party', ...values });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the event form', () => {
  it('sends no area, no window and the server’s party defaults unless they are filled in', () => {
    const values = eventFormSchema.parse({ ...emptyEventForm, name: '  Rooftop  ', lat: 'x', joinByLink: true });
    expect(toEventBody(values)).toEqual({
      name: 'Rooftop',
      description: '',
      visibility: 'public',
      voteLicense: 'everyone',
      // Join by link is a private event's setting: a public one is open anyway.
      joinByLink: false,
      geo: null,
      window: null,
      fallbackPlaylistId: null,
      maxTrackDurationMs: null,
      skipThreshold: null,
    });
  });

  it('turns the area, the window and the party settings into the API’s numbers and instants', () => {
    const values = eventFormSchema.parse({
      ...emptyEventForm,
      name: 'Park',
      visibility: 'private',
      joinByLink: true,
      useArea: true,
      lat: '48.85',
      lng: '2.35',
      radiusMeters: '150',
      useWindow: true,
      startsAt: '2030-06-01T20:00',
      endsAt: '2030-06-01T23:00',
      fallbackPlaylistId: '6f1c2b9e-0000-4000-8000-000000000001',
      maxTrackMinutes: '4.5',
      skipThreshold: '5',
    });
    const body = toEventBody(values);
    expect(body.geo).toEqual({ lat: 48.85, lng: 2.35, radiusMeters: 150 });
    expect(body.window).toEqual({ startsAt: new Date('2030-06-01T20:00').toISOString(), endsAt: new Date('2030-06-01T23:00').toISOString() });
    expect(body).toMatchObject({ joinByLink: true, fallbackPlaylistId: '6f1c2b9e-0000-4000-8000-000000000001', maxTrackDurationMs: 270_000, skipThreshold: 5 });
  });

  it('names the fields that are wrong', () => {
    const result = eventFormSchema.safeParse({ ...emptyEventForm, useArea: true, lat: '95', useWindow: true, startsAt: '2030-06-01T20:00', endsAt: '2030-06-01T19:00' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['endsAt', 'lat', 'lng', 'name']);
  });

  it('mirrors the server’s limits: radius 10 m to 100 km, tracks 10 s to 6 h, skip threshold a whole 1 to 10,000, description 2000', () => {
    expect(issues({ useArea: true, lat: '0', lng: '0', radiusMeters: '9' })).toHaveProperty('radiusMeters');
    expect(issues({ useArea: true, lat: '0', lng: '0', radiusMeters: '100001' })).toHaveProperty('radiusMeters');
    expect(issues({ useArea: true, lat: '0', lng: '0', radiusMeters: '10' })).toEqual({});
    expect(issues({ useArea: true, lat: '-90', lng: '180', radiusMeters: '100000' })).toEqual({});
    expect(issues({ maxTrackMinutes: '0.1' })).toHaveProperty('maxTrackMinutes'); // 6 s
    expect(issues({ maxTrackMinutes: '0.17' })).toEqual({}); // 10.2 s
    expect(issues({ maxTrackMinutes: '360' })).toEqual({});
    expect(issues({ maxTrackMinutes: '361' })).toHaveProperty('maxTrackMinutes');
    expect(issues({ maxTrackMinutes: 'four' })).toHaveProperty('maxTrackMinutes');
    expect(issues({ skipThreshold: '0' })).toHaveProperty('skipThreshold');
    expect(issues({ skipThreshold: '2.5' })).toHaveProperty('skipThreshold');
    expect(issues({ skipThreshold: '10001' })).toHaveProperty('skipThreshold');
    expect(issues({ skipThreshold: '10000' })).toEqual({});
    expect(issues({ description: 'x'.repeat(2000) })).toEqual({});
    expect(issues({ description: 'x'.repeat(2001) })).toHaveProperty('description');
  });

  it('reads a saved event back into the form, so saving it unchanged sends what is saved', () => {
    const event = {
      name: 'Park',
      description: 'Bring a blanket',
      visibility: 'private',
      voteLicense: 'invited',
      joinByLink: true,
      geo: { lat: 48.85, lng: 2.35, radiusMeters: 150 },
      window: { startsAt: '2030-06-01T18:00:00.000Z', endsAt: '2030-06-01T21:00:00.000Z' },
      fallbackPlaylistId: '6f1c2b9e-0000-4000-8000-000000000001',
      maxTrackDurationMs: 270_000,
      skipThreshold: 4,
    } as EventDetail;
    const values = eventFormValues(event);
    expect(values).toMatchObject({ useArea: true, lat: '48.85', radiusMeters: '150', useWindow: true, maxTrackMinutes: '4.5', skipThreshold: '4' });
    expect(values.startsAt).toBe(toLocalInput('2030-06-01T18:00:00.000Z'));
    expect(toEventBody(eventFormSchema.parse(values))).toEqual({
      name: 'Park',
      description: 'Bring a blanket',
      visibility: 'private',
      voteLicense: 'invited',
      joinByLink: true,
      geo: event.geo,
      window: event.window,
      fallbackPlaylistId: event.fallbackPlaylistId,
      maxTrackDurationMs: 270_000,
      skipThreshold: 4,
    });
    const bare = eventFormValues({ ...event, geo: null, window: null, fallbackPlaylistId: null, maxTrackDurationMs: null, skipThreshold: null });
    expect(bare).toMatchObject({ useArea: false, useWindow: false, fallbackPlaylistId: '', maxTrackMinutes: '', skipThreshold: '' });
  });

  it('puts the server’s field problems on the fields the person typed', () => {
    const setError = vi.fn();
    const error = new ApiError(
      400,
      'VALIDATION_FAILED',
      'invalid',
      null,
      [
        { field: 'fallbackPlaylistId', messages: ['fallbackPlaylistId must be a playlist you can read'] },
        { field: 'window.endsAt', messages: ['endsAt must be after startsAt'] },
        { field: 'geo.radiusMeters', messages: ['radiusMeters must not be greater than 100000'] },
        { field: 'maxTrackDurationMs', messages: ['maxTrackDurationMs must not be less than 10000'] },
      ],
      null,
    );
    expect(applyFieldErrors(error, serverFieldAliases, setError)).toBe(true);
    expect(setError.mock.calls.map(([field]) => field as string)).toEqual(['fallbackPlaylistId', 'endsAt', 'radiusMeters', 'maxTrackMinutes']);
  });

  it('sends only what changed when saving the settings', () => {
    const before = toEventBody(eventFormSchema.parse({ ...emptyEventForm, name: 'Park', useArea: true, lat: '1', lng: '2', radiusMeters: '100', skipThreshold: '4' }));
    const after = toEventBody(eventFormSchema.parse({ ...emptyEventForm, name: 'Park', useArea: true, lat: '1', lng: '2', radiusMeters: '150', skipThreshold: '' }));
    expect(changedFields(before, after)).toEqual({ geo: { lat: 1, lng: 2, radiusMeters: 150 }, skipThreshold: null });
    expect(changedFields(before, before)).toEqual({});
  });
});
