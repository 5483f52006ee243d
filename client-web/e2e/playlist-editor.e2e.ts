import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { apiToken, createVerifiedAccount, newPerson } from './support/accounts';
import { befriend } from './support/api';
import { auditScreen, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';

const { baseUrl, personIn } = browserForJourney();

// Two browsers and many steps each, on a shared 2-core machine: more than the suite's default 90 s.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titles = (page: Page) => page.getByTestId('playlist-entry').getByTestId('entry-title').allTextContents();

/** The order on the server, read over the API with a session of its own. */
async function serverTitles(playlistId: string, token: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/playlists/${playlistId}`, { headers: { Authorization: `Bearer ${token}` } });
  const playlist = (await response.json()) as { tracks: Array<{ track: { title: string } }> };
  return playlist.tracks.map((e) => e.track.title);
}

async function search(page: Page, text: string) {
  await page.getByLabel('Provider').selectOption('bundled');
  await page.getByLabel('Search music').fill(text);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await results.nth(5).waitFor();
  return results;
}

/**
 * Moves a track with the keyboard only, through dnd-kit's keyboard sensor: space picks it up, each arrow key moves
 * it one place, space drops it. Each step waits for dnd-kit's announcement (no fixed sleeps).
 */
async function keyboardMove(page: Page, title: string, steps: number) {
  const handle = page.getByRole('button', { name: `Move ${title}`, exact: true });
  await expect.poll(() => handle.getAttribute('aria-disabled')).toBe('false');
  const live = page.locator('[id^="DndLiveRegion"]');
  await handle.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => live.textContent()).toMatch(new RegExp(`^Picked up ${escape(title)}, number \\d+`));
  const from = (await titles(page)).indexOf(title) + 1;
  for (let i = 1; i <= Math.abs(steps); i++) {
    await page.keyboard.press(steps < 0 ? 'ArrowUp' : 'ArrowDown');
    await expect.poll(() => live.textContent()).toMatch(new RegExp(`^${escape(title)} would move to number ${from + Math.sign(steps) * i} of \\d+\\.$`));
  }
  await page.keyboard.press('Space');
  await expect.poll(() => live.textContent()).toMatch(new RegExp(`^${escape(title)} dropped at number ${from + steps} of \\d+\\.$`));
}

test('A and B edit one playlist at once, adding and moving tracks (with the keyboard); both end with the server’s order', async () => {
  const ada = newPerson('Ada');
  const bob = newPerson('Bob');
  await Promise.all([createVerifiedAccount(baseUrl, ada), createVerifiedAccount(baseUrl, bob)]);
  const [adaPage, bobPage] = await Promise.all([personIn(ada), personIn(bob)]);
  const token = await apiToken(baseUrl, ada);

  // Ada creates a public playlist; by default everyone who can open it edits it.
  const name = `Road trip ${ada.displayName}`;
  await adaPage.getByRole('link', { name: 'Playlists', exact: true }).click();
  await screenTitle(adaPage, 'Playlists').waitFor();
  await adaPage.getByRole('link', { name: 'New playlist' }).click();
  await screenTitle(adaPage, 'New playlist').waitFor();
  await adaPage.getByLabel('Name').fill(name);
  await adaPage.getByLabel('Description').fill('Songs for the long road');
  expect(await adaPage.getByLabel('Who may edit the tracks').inputValue()).toBe('everyone');
  await adaPage.getByRole('button', { name: 'Create the playlist' }).click();
  await screenTitle(adaPage, name).waitFor();
  const playlistId = new URL(adaPage.url()).pathname.split('/').pop() ?? '';

  // Ada adds three tracks through music search.
  const adaResults = await search(adaPage, 'Kevin MacLeod');
  for (const index of [0, 1, 2]) {
    await adaResults.nth(index).getByRole('button', { name: /^Add/ }).click();
    await expect.poll(async () => (await titles(adaPage)).length).toBe(index + 1);
  }

  // Bob finds it in the public list and opens it.
  await bobPage.getByRole('link', { name: 'Playlists', exact: true }).click();
  await bobPage.getByRole('list', { name: 'Public playlists' }).getByRole('link', { name }).waitFor();
  await auditScreen(bobPage, 'playlists-list');
  await bobPage.getByRole('list', { name: 'Public playlists' }).getByRole('link', { name }).click();
  await screenTitle(bobPage, name).waitFor();
  await expect.poll(() => titles(bobPage)).toEqual(await titles(adaPage));

  // Bob adds a track: Ada's list shows it without a reload, and says so.
  const bobResults = await search(bobPage, 'Kevin MacLeod');
  const bobsTrack = (await bobResults.nth(3).locator('p.font-medium').textContent()) ?? '';
  const adaSaw = await titles(adaPage);
  await bobResults.nth(3).getByRole('button', { name: /^Add/ }).click();
  await expect.poll(() => titles(adaPage), { timeout: 5_000 }).toEqual([...adaSaw, bobsTrack]);
  await expect.poll(() => adaPage.getByTestId('playlist-announcer').textContent()).toBe(`${bobsTrack} was added by ${bob.displayName}, at number 4.`);

  // A real conflict: Bob moves a track from the order he sees, but Ada's new track lands first. Bob's move
  // (If-Match: the version he saw) is held back until Ada's add is in, so the server refuses it.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await bobPage.route('**/api/playlists/*/tracks/*', async (route) => {
    if (route.request().method() === 'PATCH') await held;
    await route.continue();
  });
  const bobSaw = await titles(bobPage);
  await keyboardMove(bobPage, bobSaw[3]!, -3);
  expect((await titles(bobPage))[0]).toBe(bobSaw[3]); // shown at once, before the server answers
  const added = adaPage.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/playlists/${playlistId}/tracks`));
  await adaResults.nth(4).getByRole('button', { name: /^Add/ }).click();
  expect((await added).status()).toBe(201);
  release();
  await bobPage.getByTestId('edit-conflict').waitFor();
  expect(await bobPage.getByTestId('edit-conflict').textContent()).toMatch(/Someone changed the playlist while you were moving a track/);
  await expect.poll(async () => (await titles(bobPage)).length).toBe(5);
  await expect.poll(() => titles(bobPage)).toEqual(await serverTitles(playlistId, token));
  await bobPage.unroute('**/api/playlists/*/tracks/*');

  // Bob tries again with the keyboard: the last track goes to the top, for both of them.
  const now = await titles(bobPage);
  await keyboardMove(bobPage, now[4]!, -4);
  const expected = [now[4]!, ...now.slice(0, 4)];
  await expect.poll(() => titles(bobPage)).toEqual(expected);
  await expect.poll(() => titles(adaPage), { timeout: 5_000 }).toEqual(expected);

  // Both at once, with no holding back: Ada moves the top track down two places while Bob adds one more.
  await Promise.all([
    keyboardMove(adaPage, expected[0]!, 2),
    bobResults.nth(5).getByRole('button', { name: /^Add/ }).click(),
  ]);
  await expect.poll(async () => (await titles(adaPage)).length, { timeout: 5_000 }).toBe(6);

  // Everyone converges on the server's order.
  await expect
    .poll(async () => {
      const [a, b, server] = await Promise.all([titles(adaPage), titles(bobPage), serverTitles(playlistId, token)]);
      return JSON.stringify(a) === JSON.stringify(server) && JSON.stringify(b) === JSON.stringify(server);
    }, { timeout: 5_000 })
    .toBe(true);
  const final = await serverTitles(playlistId, token);
  expect(final).toHaveLength(6);
  expect(new Set(final).size).toBe(6);

  await auditScreen(adaPage, 'playlist-editor-owner');
  await auditScreen(bobPage, 'playlist-editor-editor');

  await Promise.all([adaPage.context().close(), bobPage.context().close()]);
}, 240_000);

test('the owner invites a friend, who accepts and edits; when she deletes the playlist his editor leads out with a message', async () => {
  const ada = newPerson('Ada');
  const bob = newPerson('Bob');
  await Promise.all([createVerifiedAccount(baseUrl, ada), createVerifiedAccount(baseUrl, bob)]);
  await befriend(baseUrl, await apiToken(baseUrl, ada), await apiToken(baseUrl, bob));
  const [adaPage, bobPage] = await Promise.all([personIn(ada), personIn(bob)]);

  const name = `Secret mix ${ada.displayName}`;
  await adaPage.goto('/playlists/new');
  await screenTitle(adaPage, 'New playlist').waitFor();
  await adaPage.getByLabel('Name').fill(name);
  await adaPage.getByLabel('Visibility').selectOption('private');
  await adaPage.getByLabel('Who may edit the tracks').selectOption('invited');
  await adaPage.getByRole('button', { name: 'Create the playlist' }).click();
  await screenTitle(adaPage, name).waitFor();
  const path = new URL(adaPage.url()).pathname;

  await adaPage.getByRole('button', { name: `Invite ${bob.displayName}` }).click();
  await adaPage.getByRole('list', { name: 'Pending invitations' }).getByText(bob.displayName, { exact: true }).waitFor();
  await bobPage.goto('/invitations');
  await bobPage.getByRole('button', { name: `Accept ${name}` }).click();
  await screenTitle(bobPage, name).waitFor();
  expect(new URL(bobPage.url()).pathname).toBe(path);
  // Ada's members panel follows without a reload (members.changed).
  await adaPage.getByRole('button', { name: `Remove ${bob.displayName} from the playlist` }).waitFor();
  await bobPage.goto('/playlists?scope=shared');
  await bobPage.getByRole('list', { name: 'Playlists shared with me' }).getByRole('link', { name }).click();
  await screenTitle(bobPage, name).waitFor();
  await auditScreen(adaPage, 'playlist-editor-members');

  // The playlist is deleted while Bob has it open.
  await adaPage.getByRole('link', { name: 'Playlist settings' }).click();
  await screenTitle(adaPage, 'Playlist settings').waitFor();
  adaPage.once('dialog', (dialog) => void dialog.accept());
  await adaPage.getByRole('button', { name: 'Delete the playlist' }).click();
  await screenTitle(adaPage, 'Playlists').waitFor();
  await screenTitle(bobPage, 'Playlists').waitFor();
  await bobPage.getByText('This playlist was deleted by its owner.').waitFor();

  await Promise.all([adaPage.context().close(), bobPage.context().close()]);
}, 240_000);
