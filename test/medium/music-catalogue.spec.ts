import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/infra/database';
import { loadBundledCatalogue } from '../../src/modules/music/catalogue/bundled-catalogue';
import { CatalogueRepository } from '../../src/modules/music/catalogue/catalogue.repository';
import { searchKey } from '../../src/modules/music/catalogue/search-text';
import { databaseKind, openTestDatabase } from '../support/test-database';

describe(`bundled catalogue search (${databaseKind()})`, () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Database;
  const repo = new CatalogueRepository();
  const entries = loadBundledCatalogue();
  const search = async (query: string, limit = 20) => (await repo.search(db, searchKey(query), limit)).map((r) => r.title);

  beforeAll(async () => {
    opened = await openTestDatabase();
    db = new Database(opened.dataSource);
    await db.transaction((tx) => repo.replaceAll(tx, entries));
  });
  afterAll(() => opened.drop());

  it('ranks the exact title first, then titles starting with the query, then titles containing it', async () => {
    const titles = await search('aria', 50);
    expect(titles[0]).toBe('Aria');
    expect(titles[1]).toBe('Aria da Capo');
    // "Variatio …" contains "aria" inside a word: after both.
    expect(titles.slice(2).length).toBeGreaterThan(0);
    expect(titles.slice(2).every((t) => t.startsWith('Variatio'))).toBe(true);
  });

  it('puts a title that merely starts with the query after the exact match, whatever the case', async () => {
    const titles = await search('LOCAL FORECAST');
    expect(titles.slice(0, 2)).toEqual(['Local Forecast', 'Local Forecast - Elevator']);
  });

  it('ignores accents and case in both directions', async () => {
    expect(await search('zoe keating')).toContain('Escape Artist');
    expect(await search('ZOË')).toContain('Optimist');
    expect(await search('gymnopédie')).toEqual(['Gymnopedie No 1']);
    expect(await search('a 1 o vero 2')).toEqual(expect.arrayContaining(['Variatio 5. a 1 ô vero 2 Clav.']));
    expect(await search('Variatio 5. a 1 Ô VERO')).toEqual(['Variatio 5. a 1 ô vero 2 Clav.']);
  });

  it('requires every word, in any field and any order', async () => {
    const titles = await search('macleod monkeys');
    expect(titles).toEqual(['Monkeys Spinning Monkeys']);
  });

  it('matches LIKE wildcards literally, and nothing for a query with nothing searchable', async () => {
    expect(await repo.search(db, '%', 20)).toEqual([]);
    expect(await repo.search(db, 'a_a', 20)).toEqual([]);
    expect(await search('%!?')).toEqual([]);
  });

  it('honours the limit', async () => {
    expect(await search('kevin macleod', 7)).toHaveLength(7);
  });

  it('re-seeding the same file changes nothing; an edited file is applied, removed tracks deleted', async () => {
    const countRows = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM catalogue_tracks'))[0].n;
    await db.transaction((tx) => repo.replaceAll(tx, entries));
    expect(await countRows()).toBe(entries.length);

    const [first, ...rest] = entries;
    await db.transaction((tx) => repo.replaceAll(tx, [{ ...first, title: 'Renamed Track', titleKey: 'renamed track' }, ...rest.slice(1)]));
    expect(await countRows()).toBe(entries.length - 1);
    expect((await repo.findBySlug(db, first.slug))?.title).toBe('Renamed Track');
    expect(await repo.findBySlug(db, rest[0].slug)).toBeNull();

    await db.transaction((tx) => repo.replaceAll(tx, entries));
    expect(await countRows()).toBe(entries.length);
  });

  it('survives instances seeding at the same time', async () => {
    await Promise.all(Array.from({ length: 4 }, () => db.transaction((tx) => repo.replaceAll(tx, entries))));
    const dupes = await db.query('SELECT slug FROM catalogue_tracks GROUP BY slug HAVING count(*) > 1');
    expect(dupes).toEqual([]);
  });
});
