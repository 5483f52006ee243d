import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { createVerifiedAccount, newPerson } from './support/accounts';
import { auditScreen, screenTitle } from './support/browser';
import { createEventInBrowser } from './support/events';
import { browserForJourney } from './support/journey';

const { baseUrl, personIn } = browserForJourney();

const queueTitles = (page: Page) => page.getByTestId('queue-entry').locator('p.font-semibold').allTextContents();

test('B opens A’s public event by its code and votes; A sees the score and the order change live, within 2 s', async () => {
  const ada = newPerson('Ada');
  const bob = newPerson('Bob');
  await Promise.all([createVerifiedAccount(baseUrl, ada), createVerifiedAccount(baseUrl, bob)]);
  const [adaPage, bobPage] = await Promise.all([personIn(ada), personIn(bob)]);

  const name = `Rooftop ${ada.displayName}`;
  const eventId = await createEventInBrowser(adaPage, name, 'public');

  // Ada fills the queue through music search (the bundled catalogue needs no network).
  await adaPage.getByLabel('Provider').selectOption('bundled');
  await adaPage.getByLabel('Search music').fill('Kevin MacLeod');
  await adaPage.getByRole('button', { name: 'Search', exact: true }).click();
  const results = adaPage.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await results.nth(2).waitFor();
  for (const index of [0, 1, 2]) {
    await results.nth(index).getByRole('button', { name: /^Propose/ }).click();
    // The first track may go straight to the deck; the others wait in the queue.
    const placed = async () => (await queueTitles(adaPage)).length + (await adaPage.getByTestId('now-playing').count());
    await expect.poll(placed, { timeout: 10_000 }).toBe(index + 1);
  }
  expect((await queueTitles(adaPage)).length).toBeGreaterThanOrEqual(2);
  await auditScreen(adaPage, 'event-room-owner');

  // Bob sees it in the public list, then opens it with the join code Ada shares, joins and votes for the last track.
  await bobPage.getByRole('link', { name: 'Events', exact: true }).click();
  await bobPage.getByRole('list', { name: 'Public events' }).getByRole('link', { name }).waitFor();
  const code = (await adaPage.getByTestId('join-code').textContent())?.trim() ?? '';
  const qr = adaPage.getByRole('img', { name: `QR code of the link to ${name}` });
  await qr.waitFor();
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await adaPage.getByRole('link', { name: `${baseUrl}/e/${code}` }).count()).toBe(1);
  await bobPage.goto(`/e/${code}`);
  await screenTitle(bobPage, `Join ${name}`).waitFor();
  await auditScreen(bobPage, 'join-by-code');
  await bobPage.getByRole('button', { name: 'Join the event' }).click();
  await screenTitle(bobPage, name).waitFor();
  await bobPage.getByRole('button', { name: 'Leave the event' }).waitFor();
  const before = await queueTitles(adaPage);
  const last = before.at(-1)!;
  expect(await queueTitles(bobPage)).toEqual(before);
  await bobPage.getByRole('button', { name: `Vote for ${last}` }).click();
  const votedAt = Date.now();

  // Ada's room changes by itself: the voted track leads with 1 vote, and the change is announced.
  await expect.poll(() => queueTitles(adaPage), { timeout: 2_000, interval: 50 }).toEqual([last, ...before.slice(0, -1)]);
  expect(Date.now() - votedAt).toBeLessThan(2_000);
  expect(await adaPage.getByTestId('score').first().textContent()).toBe('1 vote');
  await expect.poll(() => adaPage.getByTestId('room-announcer').textContent()).toBe(`${last}: 1 vote, now number 1 in the queue.`);
  expect(await bobPage.getByRole('button', { name: `Vote for ${last}` }).getAttribute('aria-pressed')).toBe('true');
  expect(new URL(adaPage.url()).pathname).toBe(`/events/${eventId}`);
  await auditScreen(bobPage, 'event-room-listener');

  await Promise.all([adaPage.context().close(), bobPage.context().close()]);
});

test('a private event is not listed for a stranger, and its room answers not found', async () => {
  const ada = newPerson('Ada');
  const cleo = newPerson('Cleo');
  await Promise.all([createVerifiedAccount(baseUrl, ada), createVerifiedAccount(baseUrl, cleo)]);
  const [adaPage, cleoPage] = await Promise.all([personIn(ada), personIn(cleo)]);
  const name = `Secret ${ada.displayName}`;
  const eventId = await createEventInBrowser(adaPage, name, 'private');
  await adaPage.goto('/events?scope=mine');
  await adaPage.getByRole('list', { name: 'My events' }).getByRole('link', { name }).waitFor();

  await cleoPage.goto('/events');
  await cleoPage.getByRole('list', { name: 'Public events' }).waitFor();
  await cleoPage.waitForLoadState('networkidle');
  expect(await cleoPage.getByRole('link', { name }).count()).toBe(0);
  await auditScreen(cleoPage, 'events-list');

  await cleoPage.goto(`/events/${eventId}`);
  await screenTitle(cleoPage, 'Event not found').waitFor();
  expect(await cleoPage.getByText(name).count()).toBe(0);

  await Promise.all([adaPage.context().close(), cleoPage.context().close()]);
});
