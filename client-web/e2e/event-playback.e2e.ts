import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { createVerifiedAccount, newPerson, type Person } from './support/accounts';
import { auditScreen, screenTitle } from './support/browser';
import { createEventInBrowser } from './support/events';
import { browserForJourney } from './support/journey';

const { baseUrl, personIn } = browserForJourney();

/** The shortest tracks of the bundled catalogue (36 s, 41 s, 55 s): their audio is generated full length. */
const DEFEAT = 'Defeat';
const VICTORY = 'Victory';
const HHAVOK = 'HHavok-intro';
/** Long enough (2:05) not to end by itself while the delegation journey runs on a loaded machine. */
const MONKEYS = 'Monkeys Spinning Monkeys';
/** Longer still (7:33, 7:20): crowd skip needs no audio, only a track that is still on when the votes are in. */
const CORONA = 'Corona Radiata';
const LONG_NOTE = 'Long Note Three';

/** Proposes bundled tracks by title through the room's music search, each waiting until it is in the queue. */
async function propose(page: Page, titles: string[]): Promise<void> {
  await page.getByLabel('Provider').selectOption('bundled');
  for (const title of titles) {
    await page.getByLabel('Search music').fill(title);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: `Propose ${title}`, exact: true }).click();
    await page.getByRole('list', { name: 'Queue' }).getByText(title, { exact: true }).waitFor();
  }
}

async function joinRoom(page: Page, eventId: string, name: string): Promise<void> {
  await page.goto(`/events/${eventId}`);
  await screenTitle(page, name).waitFor();
  await page.getByRole('button', { name: 'Join the event' }).click();
  await page.getByRole('button', { name: 'Leave the event' }).waitFor();
}

const nowPlaying = (page: Page) => page.getByTestId('now-playing').locator('p.font-semibold');
const playerLine = (page: Page) => page.getByTestId('player-device');

/** A session of `person` over the API (its own device), for steering and checking the server in a journey. */
async function apiSession(person: Person): Promise<{ token: string; userId: string; end: () => Promise<void> }> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}`);
  const { accessToken, refreshToken, user } = (await response.json()) as { accessToken: string; refreshToken: string; user: { id: string } };
  const end = async () => {
    await fetch(`${baseUrl}/api/auth/logout`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken }) });
  };
  return { token: accessToken, userId: user.id, end };
}

async function api<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : null,
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

interface ServerPlayback {
  entryId: string;
  state: string;
  positionMs: number;
  track: { title: string } | null;
  controlledBy: { displayName: string } | null;
}
const serverPlayback = async (token: string, eventId: string) =>
  (await api<{ nowPlaying: ServerPlayback | null }>(token, 'GET', `/api/events/${eventId}`)).nowPlaying;

/** Moves the seek slider to `secondsBeforeEnd` before the end, with the keyboard (End, then arrow left). */
async function seekNearEnd(page: Page, title: string, secondsBeforeEnd: number): Promise<void> {
  const slider = page.getByRole('slider', { name: `Seek in ${title}` });
  await slider.focus();
  await slider.press('End');
  for (let i = 0; i < secondsBeforeEnd; i += 1) await slider.press('ArrowLeft');
}

test('A’s tab plays: a track ends and the next starts there and in B’s room; with A’s tab closed the server moves on by itself', async () => {
  const ada = newPerson('Ada');
  const bob = newPerson('Bob');
  await Promise.all([createVerifiedAccount(baseUrl, ada), createVerifiedAccount(baseUrl, bob)]);
  const [adaPage, bobPage] = await Promise.all([personIn(ada), personIn(bob)]);
  const name = `Party ${ada.displayName}`;
  const eventId = await createEventInBrowser(adaPage, name);
  await propose(adaPage, [DEFEAT, VICTORY, HHAVOK]);
  await joinRoom(bobPage, eventId, name);

  // Ada's tab becomes the player, and real audio plays there once she presses play.
  await expect.poll(() => playerLine(bobPage).textContent()).toBe('No device plays the music yet.');
  await adaPage.getByRole('button', { name: 'Play on this device' }).click();
  await expect.poll(() => playerLine(adaPage).textContent()).toBe('This device is the player: the music plays here.');
  await expect.poll(() => playerLine(bobPage).textContent()).toMatch(/^The music plays on .+\.$/);
  await adaPage.getByRole('group', { name: 'Playback controls' }).getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => nowPlaying(bobPage).textContent()).toBe(DEFEAT);
  await expect.poll(() => playerLine(adaPage).textContent(), { timeout: 30_000 }).toBe(`This device plays ${DEFEAT}.`);

  // Near its end (a seek, to keep the journey short), Defeat plays out in Ada's tab, which asks for the next track.
  await seekNearEnd(adaPage, DEFEAT, 4);
  await expect.poll(() => nowPlaying(bobPage).textContent(), { timeout: 20_000 }).toBe(VICTORY);
  await expect.poll(() => nowPlaying(adaPage).textContent()).toBe(VICTORY);
  await expect.poll(() => playerLine(adaPage).textContent(), { timeout: 30_000 }).toBe(`This device plays ${VICTORY}.`);
  const check = await apiSession(bob);
  // The advance was Ada's tab's `next` (a command, by her), not the server's auto-advance (by nobody).
  expect((await serverPlayback(check.token, eventId))?.controlledBy?.displayName).toBe(ada.displayName);

  // Victory near its end, then Ada's tab closes before it ends: the server advances by itself, and Bob sees it.
  await seekNearEnd(adaPage, VICTORY, 10);
  await expect.poll(async () => (await serverPlayback(check.token, eventId))?.positionMs ?? 0).toBeGreaterThan(25_000);
  await adaPage.context().close();
  await expect.poll(() => nowPlaying(bobPage).textContent(), { timeout: 30_000 }).toBe(HHAVOK);
  const after = await serverPlayback(check.token, eventId);
  expect(after?.track?.title).toBe(HHAVOK);
  expect(after?.controlledBy).toBeNull();
  await check.end();
  await bobPage.context().close();
});

test('A delegates control to B on B’s current device: B’s controls appear, B pauses A’s player, and A’s revoke takes them away', async () => {
  const ada = newPerson('Ada');
  const bob = newPerson('Bob');
  await Promise.all([createVerifiedAccount(baseUrl, ada), createVerifiedAccount(baseUrl, bob)]);
  // Friends (delegation is for friends), made over the API; those sessions end, so each has one device: the browser.
  const [adaApi, bobApi] = await Promise.all([apiSession(ada), apiSession(bob)]);
  const request = await api<{ id: string }>(adaApi.token, 'POST', '/api/friends/requests', { userId: bobApi.userId });
  await api(bobApi.token, 'POST', `/api/friends/requests/${request.id}/accept`);
  await Promise.all([adaApi.end(), bobApi.end()]);

  const [adaPage, bobPage] = await Promise.all([personIn(ada), personIn(bob)]);
  const name = `Delegated ${ada.displayName}`;
  const eventId = await createEventInBrowser(adaPage, name);
  await propose(adaPage, [MONKEYS, VICTORY]);
  await adaPage.getByRole('button', { name: 'Play on this device' }).click();
  await adaPage.getByRole('group', { name: 'Playback controls' }).getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => playerLine(adaPage).textContent(), { timeout: 30_000 }).toBe(`This device plays ${MONKEYS}.`);

  await joinRoom(bobPage, eventId, name);
  const bobControls = bobPage.getByRole('group', { name: 'Playback controls' });
  await bobPage.getByRole('button', { name: `Vote to skip ${MONKEYS}` }).waitFor();
  expect(await bobControls.count()).toBe(0);

  // Ada grants control to Bob on the one device he is signed in on: this browser.
  await adaPage.getByLabel('Friend to give control to').selectOption({ label: bob.displayName });
  await adaPage.getByLabel('Chosen devices').check();
  const devices = adaPage.getByRole('group', { name: 'Their signed-in devices' }).getByRole('checkbox');
  await devices.first().waitFor();
  expect(await devices.count()).toBe(1);
  await devices.first().check();
  await adaPage.getByRole('button', { name: 'Grant control' }).click();
  await adaPage.getByTestId('delegate').getByText(bob.displayName, { exact: true }).waitFor();

  // Bob's controls appear without a reload, and he sees his grant and that it covers this device.
  await bobControls.getByRole('button', { name: 'Pause' }).waitFor();
  await expect.poll(() => bobPage.getByTestId('my-grant').textContent()).toContain('(this device)');
  expect(await bobPage.getByTestId('my-grant').textContent()).toContain('This device is covered.');
  expect(await bobPage.getByRole('button', { name: /^Vote to skip/ }).count()).toBe(0);
  await auditScreen(adaPage, 'event-room-owner-playing');
  await auditScreen(bobPage, 'event-room-delegate');

  // Bob pauses; the audio in Ada's tab pauses.
  await bobControls.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => playerLine(adaPage).textContent()).toBe(`This device plays ${MONKEYS} (paused).`);
  await expect.poll(() => adaPage.getByTestId('now-playing').textContent()).toContain('paused');
  await bobControls.getByRole('button', { name: 'Play', exact: true }).waitFor();

  // Ada revokes the grant: Bob's controls go, the skip vote comes back.
  await adaPage.getByRole('button', { name: `Revoke ${bob.displayName}’s control` }).click();
  await bobPage.getByRole('button', { name: `Vote to skip ${MONKEYS}` }).waitFor();
  expect(await bobControls.count()).toBe(0);
  await expect.poll(() => bobPage.getByTestId('my-grant').count()).toBe(0);
  expect(await adaPage.getByTestId('delegate').count()).toBe(0);

  await Promise.all([adaPage.context().close(), bobPage.context().close()]);
});

test('crowd skip: three listeners vote to skip and the track changes for everyone; TV mode shows the room live', async () => {
  const people = [newPerson('Ada'), newPerson('Bob'), newPerson('Cleo'), newPerson('Dan')] as const;
  await Promise.all(people.map((p) => createVerifiedAccount(baseUrl, p)));
  // One after the other: four sign-ins at once can outlast the page timeout on a loaded 2-core machine.
  const pages: Page[] = [];
  for (const person of people) pages.push(await personIn(person));
  const [adaPage, ...listeners] = pages as [Page, Page, Page, Page];
  const name = `Skippy ${people[0].displayName}`;
  const eventId = await createEventInBrowser(adaPage, name);
  await propose(adaPage, [CORONA, LONG_NOTE]);
  await adaPage.getByRole('group', { name: 'Playback controls' }).getByRole('button', { name: 'Play', exact: true }).click();
  for (const page of listeners) await joinRoom(page, eventId, name);
  for (const page of pages) await expect.poll(() => nowPlaying(page).textContent()).toBe(CORONA);

  // Each vote shows as progress for every listener, live; the third reaches the threshold and skips.
  for (const [index, page] of listeners.entries()) {
    const skip = page.getByRole('button', { name: `Vote to skip ${CORONA}` });
    await skip.click();
    if (index < 2) {
      await expect.poll(() => skip.getAttribute('aria-pressed')).toBe('true');
      for (const other of listeners) await expect.poll(() => other.getByTestId('skip-progress').textContent()).toBe(`${index + 1} of 3 votes to skip`);
    }
    if (index === 1) await auditScreen(listeners[2], 'event-room-crowd-skip');
  }
  for (const page of pages) await expect.poll(() => nowPlaying(page).textContent()).toBe(LONG_NOTE);
  for (const page of listeners) await expect.poll(() => page.getByTestId('skip-progress').textContent()).toBe('0 of 3 votes to skip');

  // TV mode: now playing, the next tracks, the join code and its QR code; a new proposal shows up by itself.
  await adaPage.getByRole('link', { name: 'TV mode' }).click();
  await screenTitle(adaPage, name).waitFor();
  await expect.poll(() => adaPage.getByTestId('tv-now-playing').locator('p').first().textContent()).toBe(LONG_NOTE);
  const code = (await adaPage.getByTestId('tv-join-code').textContent())?.trim();
  expect(code).toMatch(/^[A-Z0-9]{6,8}$/);
  const qr = adaPage.getByRole('img', { name: `QR code of the link to ${name}` });
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await adaPage.getByRole('list', { name: 'Next tracks' }).count()).toBe(0);
  await propose(listeners[0], [HHAVOK]);
  await adaPage.getByRole('list', { name: 'Next tracks' }).getByText(HHAVOK).waitFor();
  await auditScreen(adaPage, 'event-tv-mode');

  await Promise.all(pages.map((p) => p.context().close()));
});
