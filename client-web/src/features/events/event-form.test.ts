import { describe, expect, it } from 'vitest';
import { emptyEventForm, eventFormSchema, toCreateEventBody } from './event-form';

describe('the create-event form', () => {
  it('sends no area and no window unless they are switched on', () => {
    const values = eventFormSchema.parse({ ...emptyEventForm, name: '  Rooftop  ', lat: 'x' });
    expect(toCreateEventBody(values)).toMatchObject({ name: 'Rooftop', geo: null, window: null, visibility: 'public', voteLicense: 'everyone' });
  });

  it('turns the area and the window into numbers and instants', () => {
    const values = eventFormSchema.parse({
      ...emptyEventForm,
      name: 'Park',
      useArea: true,
      lat: '48.85',
      lng: '2.35',
      radiusMeters: '150',
      useWindow: true,
      startsAt: '2030-06-01T20:00',
      endsAt: '2030-06-01T23:00',
    });
    const body = toCreateEventBody(values);
    expect(body.geo).toEqual({ lat: 48.85, lng: 2.35, radiusMeters: 150 });
    expect(body.window).toEqual({ startsAt: new Date('2030-06-01T20:00').toISOString(), endsAt: new Date('2030-06-01T23:00').toISOString() });
  });

  it('names the fields that are wrong', () => {
    const result = eventFormSchema.safeParse({ ...emptyEventForm, useArea: true, lat: '95', useWindow: true, startsAt: '2030-06-01T20:00', endsAt: '2030-06-01T19:00' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['endsAt', 'lat', 'lng', 'name']);
  });
});
