import { DomainError } from '../../common/errors/domain-error';
import { decodeKeyset, encodeKeyset, isUuid } from '../../common/pagination';
import type { LatLng } from './geo';

const METERS_PER_DEGREE = 111_195.08;

/** The rectangle of latitudes and longitudes (one or two longitude ranges across ±180°) holding a circle. */
export interface BoundingBox {
  minLat: number;
  maxLat: number;
  lngRanges: Array<[number, number]>;
}

/** Position in a nearest-first list: distance, then id for ties. */
export interface NearbyKeyset {
  distanceMeters: number;
  id: string;
}

const invalid = (field: string, message: string): DomainError =>
  new DomainError('VALIDATION_FAILED', `${message}.`, [{ field, messages: [message] }]);

/** `"lat,lng"` (already shaped by the DTO) → a point, or 400 naming `near` when out of range. */
export function parseNear(near: string): LatLng {
  const [lat, lng] = near.split(',').map((part) => Number(part.trim()));
  if (!(Math.abs(lat) <= 90) || !(Math.abs(lng) <= 180)) throw invalid('near', 'near must be "lat,lng" with -90 ≤ lat ≤ 90 and -180 ≤ lng ≤ 180');
  return { lat, lng };
}

/**
 * A box that contains every point within `radiusMeters` of `center`: what the B-tree index on (lat, lng) can
 * range-scan before the exact great-circle distance filters. Near a pole it spans every longitude.
 */
export function boundingBox(center: LatLng, radiusMeters: number): BoundingBox {
  const dLat = radiusMeters / METERS_PER_DEGREE;
  const minLat = Math.max(-90, center.lat - dLat);
  const maxLat = Math.min(90, center.lat + dLat);
  const cos = Math.cos((Math.max(Math.abs(minLat), Math.abs(maxLat)) * Math.PI) / 180);
  const dLng = cos > 1e-9 ? dLat / cos : 360;
  if (dLng >= 180) return { minLat, maxLat, lngRanges: [[-180, 180]] };
  const west = center.lng - dLng;
  const east = center.lng + dLng;
  if (west < -180) return { minLat, maxLat, lngRanges: [[west + 360, 180], [-180, east]] };
  if (east > 180) return { minLat, maxLat, lngRanges: [[west, 180], [-180, east - 360]] };
  return { minLat, maxLat, lngRanges: [[west, east]] };
}

export function encodeNearbyCursor(position: NearbyKeyset): string {
  return encodeKeyset([position.distanceMeters, position.id]);
}

export function decodeNearbyCursor(cursor: string | undefined): NearbyKeyset | null {
  return decodeKeyset(cursor, ([distanceMeters, id]) =>
    typeof distanceMeters === 'number' && Number.isFinite(distanceMeters) && isUuid(id) ? { distanceMeters, id } : null,
  );
}
