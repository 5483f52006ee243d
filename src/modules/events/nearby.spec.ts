import { describe, expect, it } from 'vitest';
import { haversineMeters } from './geo';
import { boundingBox, decodeNearbyCursor, encodeNearbyCursor, parseNear } from './nearby';

const inBox = (box: ReturnType<typeof boundingBox>, p: { lat: number; lng: number }): boolean =>
  p.lat >= box.minLat && p.lat <= box.maxLat && box.lngRanges.some(([w, e]) => p.lng >= w && p.lng <= e);

describe('nearby search', () => {
  it.each([
    ['Paris', { lat: 48.8566, lng: 2.3522 }, 25_000],
    ['near the antimeridian', { lat: -17.7, lng: 179.9 }, 50_000],
    ['west of the antimeridian', { lat: 64.8, lng: -179.95 }, 30_000],
    ['near the pole', { lat: 89.9, lng: 10 }, 100_000],
  ])('keeps every point within the radius inside the bounding box (%s)', (_name, center, radius) => {
    const box = boundingBox(center, radius);
    for (let bearing = 0; bearing < 360; bearing += 7.5) {
      for (const fraction of [0.5, 0.99]) {
        const d = (radius * fraction) / 6_371_008.8;
        const b = (bearing * Math.PI) / 180;
        const lat1 = (center.lat * Math.PI) / 180;
        const lng1 = (center.lng * Math.PI) / 180;
        const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
        const lng2 = lng1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
        const point = { lat: (lat2 * 180) / Math.PI, lng: ((((lng2 * 180) / Math.PI + 540) % 360) - 180) };
        expect(haversineMeters(center, point)).toBeLessThanOrEqual(radius);
        expect(inBox(box, point)).toBe(true);
      }
    }
  });

  it('splits the longitude range across ±180°', () => {
    expect(boundingBox({ lat: 0, lng: 179.9 }, 50_000).lngRanges).toHaveLength(2);
    expect(boundingBox({ lat: 0, lng: 0 }, 50_000).lngRanges).toHaveLength(1);
  });

  it('parses lat,lng and names the field when it is out of range', () => {
    expect(parseNear(' 48.85 , 2.35 ')).toEqual({ lat: 48.85, lng: 2.35 });
    expect(() => parseNear('91,0')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'near' })] }));
    expect(() => parseNear('0,181')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('round-trips its cursor and refuses a forged one', () => {
    const position = { distanceMeters: 1234.5678901234, id: '6f1c2d3e-4b5a-4c6d-8e7f-001122334455' };
    expect(decodeNearbyCursor(encodeNearbyCursor(position))).toEqual(position);
    expect(() => decodeNearbyCursor('bm9wZQ')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
