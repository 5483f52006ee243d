import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { explainRefusal } from './licence-refusal';

const refusal = (code: string, details: unknown) => new ApiError(403, code, 'refused', 'req-1', details, null);

describe('explaining a licence refusal', () => {
  it('gives the distance and the limit from the details', () => {
    expect(explainRefusal(refusal('VOTE_OUTSIDE_AREA', { reason: 'outside_area', distanceMeters: 1520, limitMeters: 300 }))).toBe(
      'You are 1.5 km away; votes count within 300 m.',
    );
  });

  it('gives the window times', () => {
    const text = explainRefusal(refusal('VOTE_OUTSIDE_WINDOW', { reason: 'ended', startsAt: '2030-01-01T20:00:00Z', endsAt: '2030-01-01T23:00:00Z' }));
    expect(text).toBe(`Voting closed at ${new Date('2030-01-01T23:00:00Z').toLocaleString()} (it opened at ${new Date('2030-01-01T20:00:00Z').toLocaleString()}).`);
  });

  it('leaves other errors to the error notice', () => {
    expect(explainRefusal(refusal('NOT_FOUND', {}))).toBeNull();
    expect(explainRefusal(refusal('NOT_INVITED', { license: 'invited' }))).toMatch(/invited/);
  });
});
