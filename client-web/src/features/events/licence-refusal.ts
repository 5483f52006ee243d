import { asApiError } from '../../api/errors';

const time = (iso: unknown) => (typeof iso === 'string' ? new Date(iso).toLocaleString() : null);
const meters = (value: unknown) => (typeof value === 'number' ? (value >= 1000 ? `${(value / 1000).toFixed(1)} km` : `${value} m`) : null);

/**
 * A vote or proposal refusal in the person's terms, from the error's `details`: how far they are, or when the
 * voting window opens and closes. Null for errors that are not licence refusals (the notice shows those).
 */
export function explainRefusal(error: unknown): string | null {
  const { code, details } = asApiError(error);
  const d = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  switch (code) {
    case 'NOT_INVITED':
      return 'Only people the organisers invited can vote in this event.';
    case 'LOCATION_REQUIRED':
      return `This event counts votes only from within ${meters(d.radiusMeters) ?? 'its area'}: allow your browser to share your location.`;
    case 'VOTE_OUTSIDE_AREA':
      if (d.reason === 'outside_area') return `You are ${meters(d.distanceMeters)} away; votes count within ${meters(d.limitMeters)}.`;
      if (d.reason === 'implausible_accuracy') return `Your location is only known within ${meters(d.accuracyMeters)}; it must be within ${meters(d.maxAccuracyMeters)}.`;
      return 'Your location moved implausibly fast since your last vote.';
    case 'VOTE_OUTSIDE_WINDOW':
      return d.reason === 'not_started'
        ? `Voting opens at ${time(d.startsAt)} (until ${time(d.endsAt)}).`
        : `Voting closed at ${time(d.endsAt)} (it opened at ${time(d.startsAt)}).`;
    default:
      return null;
  }
}
