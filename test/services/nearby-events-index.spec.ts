import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, type Queryable } from '../../src/infra/database';
import { EventsRepository } from '../../src/modules/events/events.repository';
import { boundingBox } from '../../src/modules/events/nearby';
import { onPostgres, openTestDatabase } from '../support/test-database';

const EVENTS = 6_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/**
 * `GET /api/events?near=` goes through EventsRepository.pageNearby: its own SQL, run under EXPLAIN on a table of
 * thousands of events spread over the globe, must range-scan the partial index on (geo_lat, geo_lng) rather than
 * read every event.
 */
describe.runIf(onPostgres())('nearby events query plan (PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let sql: Database;
  const repo = new EventsRepository();

  beforeAll(async () => {
    db = await openTestDatabase();
    sql = new Database(db.dataSource);
    const [owner] = await sql.query<{ id: string }>(
      `INSERT INTO users (email, email_normalized, display_name, display_name_search) VALUES ('geo@example.com', 'geo@example.com', 'Geo', 'geo') RETURNING id`,
    );
    // Deterministic points over the inhabited latitudes; one in ten private, one in ten without an area.
    await sql.query(
      `INSERT INTO events (owner_id, name, visibility, vote_license, geo_lat, geo_lng, geo_radius_meters, code)
       SELECT $1, 'Event ' || i, CASE WHEN i % 10 = 0 THEN 'private' ELSE 'public' END, 'everyone',
              CASE WHEN i % 10 = 1 THEN NULL ELSE ((i * 7919) % 14000) / 100.0 - 70 END,
              CASE WHEN i % 10 = 1 THEN NULL ELSE ((i * 104729) % 36000) / 100.0 - 180 END,
              CASE WHEN i % 10 = 1 THEN NULL ELSE 500 END,
              'T' || lpad(i::text, 7, '0')
       FROM generate_series(1, $2::int) AS i`,
      [owner.id, EVENTS],
    );
    await sql.query('ANALYZE events');
  });
  afterAll(() => db?.drop());

  /** The plan of exactly the statement the repository sends, with its parameters. */
  async function planOf(center: { lat: number; lng: number }, radiusKm: number): Promise<PlanNode[]> {
    let plan: PlanNode | undefined;
    const explaining: Queryable = {
      query: async <T>(text: string, params?: unknown[]) => {
        const [row] = await sql.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${text}`, params);
        plan = row['QUERY PLAN'][0].Plan;
        return [] as T[];
      },
    };
    await repo.pageNearby(explaining, center, radiusKm * 1000, boundingBox(center, radiusKm * 1000), null, 20);
    if (!plan) throw new Error('the repository sent no query');
    return nodesOf(plan);
  }

  it.each([
    ['Paris, 25 km', { lat: 48.857, lng: 2.35 }, 25],
    ['Paris, 300 km', { lat: 48.857, lng: 2.35 }, 300],
    ['across the antimeridian', { lat: -17.7, lng: 179.9 }, 200],
  ])('%s: the geo predicate is an index condition on ix_events_public_geo, with no sequential scan', async (_name, center, radiusKm) => {
    const nodes = await planOf(center, radiusKm);
    expect(nodes.filter((n) => n['Relation Name'] === 'events').map((n) => n['Node Type'])).not.toContain('Seq Scan');
    // An Index Scan, or Bitmap Index Scans (one per longitude range across the antimeridian) under a Bitmap Heap Scan.
    const geo = nodes.filter((n) => n['Index Name'] === 'ix_events_public_geo');
    expect(geo.length).toBeGreaterThan(0);
    for (const scan of geo) expect(scan['Index Cond']).toMatch(/geo_lat >= .* AND \(?geo_lat <= .* AND \(?geo_lng >= .* AND \(?geo_lng <= /);
  });

  it('finds the same events as a full scan would', async () => {
    const center = { lat: 48.857, lng: 2.35 };
    const radius = 800_000;
    const rows = await repo.pageNearby(sql, center, radius, boundingBox(center, radius), null, 1_000);
    const all = await sql.query<{ id: string }>(
      `SELECT id FROM events WHERE visibility = 'public' AND geo_lat IS NOT NULL
         AND 2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(geo_lat - $1) / 2), 2)
             + cos(radians($1)) * cos(radians(geo_lat)) * power(sin(radians(geo_lng - $2) / 2), 2)))) <= $3`,
      [center.lat, center.lng, radius],
    );
    expect(all.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(all.map((r) => r.id)));
  });
});
