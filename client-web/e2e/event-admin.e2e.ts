import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { apiToken, createVerifiedAccount, newPerson } from './support/accounts';
import { befriend, callApi } from './support/api';
import { auditScreen, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';

const { baseUrl, personIn } = browserForJourney();

// Three browsers and many steps each, with an axe audit per screen, on a shared 2-core machine: more than the
// suite's default.

interface EventView {
  id: string;
  name: string;
  visibility: string;
  voteLicense: string;
  joinByLink: boolean;
  geo: { lat: number; lng: number; radiusMeters: number } | null;
  window: { startsAt: string; endsAt: string } | null;
  fallbackPlaylistId: string | null;
  maxTrackDurationMs: number | null;
  skipThreshold: number | null;
  nowPlaying: { entryId: string | null; track: { title: string } | null } | null;
}

const PARIS = { latitude: 48.8566, longitude: 2.3522 };
/** About 2.9 km east of PARIS. */
const EAST_OF_PARIS = { latitude: 48.8566, longitude: 2.3922 };

/** A datetime-local value (the browser and this process share the machine's time zone). */
const localInput = (date: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

async function locatedAt(page: Page, position: { latitude: number; longitude: number }) {
  await page.context().grantPermissions(['geolocation'], { origin: baseUrl });
  await page.context().setGeolocation(position);
}

const roomPath = (page: Page) => new URL(page.url()).pathname;

test('A creates an event with an area, a window and the party settings, then edits it; B finds it nearby, C is told why not', async () => {
  const ada = newPerson('Ada');
  const bob = newPerson('Bob');
  const cleo = newPerson('Cleo');
  await Promise.all([createVerifiedAccount(baseUrl, ada), createVerifiedAccount(baseUrl, bob), createVerifiedAccount(baseUrl, cleo)]);
  const adaToken = await apiToken(baseUrl, ada);
  const fallback = await callApi<{ id: string }>(baseUrl, adaToken, 'POST', '/api/playlists', { name: `Warm-up ${ada.displayName}` });
  // One after the other: three sign-ins at once can pass the navigation timeout on a loaded machine.
  const adaPage = await personIn(ada);
  const bobPage = await personIn(bob);
  const cleoPage = await personIn(cleo);
  await locatedAt(adaPage, PARIS);

  const name = `Garden party ${ada.displayName}`;
  await adaPage.goto('/events/new');
  await screenTitle(adaPage, 'New event').waitFor();
  await adaPage.getByLabel('Name').fill(name);
  await adaPage.getByLabel('Visibility').selectOption('private');
  await adaPage.getByLabel('Anyone with the link or the code can join (as a guest)').check();
  await adaPage.getByLabel('Who may vote').selectOption('invited');
  await adaPage.getByLabel('Votes count only from people inside an area').check();
  await adaPage.getByRole('button', { name: 'Use my location' }).click();
  await expect.poll(() => adaPage.getByLabel('Latitude').inputValue()).toBe('48.856600');
  expect(await adaPage.getByLabel('Longitude').inputValue()).toBe('2.352200');
  await adaPage.getByLabel('Radius (metres)').fill('300');
  await adaPage.getByLabel('Votes count only between two times').check();
  const startsAt = new Date(Date.now() - 60 * 60_000);
  const endsAt = new Date(Date.now() + 3 * 60 * 60_000);
  await adaPage.getByLabel('Starts').fill(localInput(startsAt));
  await adaPage.getByLabel('Ends').fill(localInput(endsAt));
  await adaPage.getByLabel('Fallback playlist').selectOption(fallback.id);
  // Out of the server's bounds: the form says so on the field, and sends nothing.
  await adaPage.getByLabel('Maximum track length (minutes)').fill('0.1');
  await adaPage.getByLabel('Skip threshold (votes)').fill('0');
  await adaPage.getByRole('button', { name: 'Create the event' }).click();
  await adaPage.getByText('Between 10 seconds (0.17 minutes) and 6 hours (360 minutes), or empty for no limit.').waitFor();
  await adaPage.getByText('A whole number of votes from 1 to 10,000, or empty for the default.').waitFor();
  expect(await adaPage.getByLabel('Skip threshold (votes)').getAttribute('aria-invalid')).toBe('true');
  await auditScreen(adaPage, 'event-form-errors');
  await adaPage.getByLabel('Maximum track length (minutes)').fill('4.5');
  await adaPage.getByLabel('Skip threshold (votes)').fill('3');
  await adaPage.getByRole('button', { name: 'Create the event' }).click();
  await screenTitle(adaPage, name).waitFor();
  const eventId = roomPath(adaPage).split('/').pop() ?? '';

  const saved = await callApi<EventView>(baseUrl, adaToken, 'GET', `/api/events/${eventId}`);
  expect(saved).toMatchObject({
    visibility: 'private',
    voteLicense: 'invited',
    joinByLink: true,
    geo: { lat: 48.8566, lng: 2.3522, radiusMeters: 300 },
    fallbackPlaylistId: fallback.id,
    maxTrackDurationMs: 270_000,
    skipThreshold: 3,
  });
  expect(Math.abs(Date.parse(saved.window?.startsAt ?? '') - startsAt.getTime())).toBeLessThan(60_000);
  expect(Math.abs(Date.parse(saved.window?.endsAt ?? '') - endsAt.getTime())).toBeLessThan(60_000);

  // Ada edits it: the form opens with what is saved; she makes it public, renames it, lifts the length limit.
  await adaPage.getByRole('link', { name: 'Event settings' }).click();
  await screenTitle(adaPage, 'Event settings').waitFor();
  expect(await adaPage.getByLabel('Fallback playlist').inputValue()).toBe(fallback.id);
  expect(await adaPage.getByLabel('Maximum track length (minutes)').inputValue()).toBe('4.5');
  expect(await adaPage.getByLabel('Radius (metres)').inputValue()).toBe('300');
  await auditScreen(adaPage, 'event-settings');
  const renamed = `${name} (open air)`;
  await adaPage.getByLabel('Name').fill(renamed);
  await adaPage.getByLabel('Visibility').selectOption('public');
  await adaPage.getByLabel('Maximum track length (minutes)').fill('');
  await adaPage.getByLabel('Fallback playlist').selectOption('');
  await adaPage.getByRole('button', { name: 'Save the settings' }).click();
  await screenTitle(adaPage, renamed).waitFor();
  await adaPage.getByText('Settings saved.').waitFor();
  expect(await callApi<EventView>(baseUrl, adaToken, 'GET', `/api/events/${eventId}`)).toMatchObject({
    name: renamed,
    visibility: 'public',
    joinByLink: false,
    fallbackPlaylistId: null,
    maxTrackDurationMs: null,
    skipThreshold: 3,
    geo: { radiusMeters: 300 },
  });

  // Bob, about 3 km away, finds it on the Nearby tab within 5 km, but not within 1 km.
  await locatedAt(bobPage, EAST_OF_PARIS);
  await bobPage.goto('/events');
  await bobPage.getByRole('button', { name: 'Nearby' }).click();
  const nearby = bobPage.getByRole('list', { name: 'Events near me' });
  const card = nearby.getByRole('listitem').filter({ has: bobPage.getByRole('link', { name: renamed, exact: true }) });
  await card.getByText(/2\.9 km away/).waitFor();
  await auditScreen(bobPage, 'events-nearby');
  await bobPage.getByLabel('Distance').selectOption('1');
  await bobPage.getByText('No public event with an area within this distance of you.').waitFor();
  expect(new URL(bobPage.url()).search).toBe('?scope=nearby&radiusKm=1');
  await bobPage.getByLabel('Distance').selectOption('5');
  await card.waitFor();
  await card.getByRole('link', { name: renamed, exact: true }).click();
  await screenTitle(bobPage, renamed).waitFor();

  // Cleo did not let the site see her location: the tab says so, and why.
  await cleoPage.goto('/events?scope=nearby');
  await cleoPage.getByRole('alert').getByText(/Your browser did not share your location, so nearby events cannot be found/).waitFor();
  await cleoPage.getByRole('button', { name: 'Try again' }).waitFor();
  await auditScreen(cleoPage, 'events-nearby-denied');

  await Promise.all([adaPage.context().close(), bobPage.context().close(), cleoPage.context().close()]);
}, 420_000);

test('the owner invites friends as guest and host, cancels one, promotes and removes the other, who sees it live and is led out', async () => {
  const ada = newPerson('Ada');
  const bob = newPerson('Bob');
  const cleo = newPerson('Cleo');
  await Promise.all([createVerifiedAccount(baseUrl, ada), createVerifiedAccount(baseUrl, bob), createVerifiedAccount(baseUrl, cleo)]);
  const [adaToken, bobToken, cleoToken] = await Promise.all([apiToken(baseUrl, ada), apiToken(baseUrl, bob), apiToken(baseUrl, cleo)]);
  await Promise.all([befriend(baseUrl, adaToken, bobToken), befriend(baseUrl, adaToken, cleoToken)]);
  const name = `Birthday ${ada.displayName}`;
  const event = await callApi<EventView>(baseUrl, adaToken, 'POST', '/api/events', { name, visibility: 'private' });
  const adaPage = await personIn(ada);
  const bobPage = await personIn(bob);

  await adaPage.goto(`/events/${event.id}`);
  await screenTitle(adaPage, name).waitFor();
  const members = adaPage.getByRole('list', { name: 'Members' });
  const pending = adaPage.getByRole('list', { name: 'Pending invitations' });
  await members.getByText(`${ada.displayName} (you)`).waitFor();
  await adaPage.getByRole('button', { name: `Invite as guest: ${bob.displayName}` }).click();
  await pending.getByRole('listitem').filter({ hasText: bob.displayName }).getByText('as guest').waitFor();
  await adaPage.getByRole('button', { name: `Invite as host: ${cleo.displayName}` }).click();
  await pending.getByRole('listitem').filter({ hasText: cleo.displayName }).getByText('as host').waitFor();
  await auditScreen(adaPage, 'event-room-members');

  // Ada changes her mind about Cleo: the invitation goes, and Cleo can be invited again.
  await adaPage.getByRole('button', { name: `Cancel the invitation of ${cleo.displayName}` }).click();
  await adaPage.getByRole('button', { name: `Invite as host: ${cleo.displayName}` }).waitFor();
  expect(await pending.getByText(cleo.displayName).count()).toBe(0);
  expect((await callApi<{ items: unknown[] }>(baseUrl, cleoToken, 'GET', '/api/invitations')).items).toHaveLength(0);

  // Bob accepts and lands in the room; Ada's panel shows him as a guest without a reload.
  await bobPage.goto('/invitations');
  await bobPage.getByRole('button', { name: `Accept ${name}` }).click();
  await screenTitle(bobPage, name).waitFor();
  const bobRow = members.getByRole('listitem').filter({ hasText: bob.displayName });
  await bobRow.getByText('· guest').waitFor();
  await bobPage.getByText('you are guest').waitFor();

  // Promoted, Bob's room follows live: his role, and the settings hosts may change.
  await adaPage.getByRole('button', { name: `Make host: ${bob.displayName}` }).click();
  await bobRow.getByText('· host').waitFor();
  await bobPage.getByText('you are host').waitFor();
  await bobPage.getByRole('link', { name: 'Event settings' }).waitFor();
  await bobPage.getByRole('heading', { name: 'Pending invitations' }).waitFor();
  await auditScreen(bobPage, 'event-room-host');

  // Removed from a private event, Bob is led out of the room with a message.
  await adaPage.getByRole('button', { name: `Remove ${bob.displayName} from the event` }).click();
  await screenTitle(bobPage, 'Events').waitFor();
  await bobPage.getByText('You are no longer a member of this event.').waitFor();
  await expect.poll(() => members.getByText(bob.displayName).count()).toBe(0);
  await adaPage.getByRole('button', { name: `Invite as guest: ${bob.displayName}` }).waitFor();

  await Promise.all([adaPage.context().close(), bobPage.context().close()]);
}, 300_000);

test('the history is exported to a new playlist; when the owner deletes the event, B is led out of the room with a message', async () => {
  const ada = newPerson('Ada');
  const bob = newPerson('Bob');
  await Promise.all([createVerifiedAccount(baseUrl, ada), createVerifiedAccount(baseUrl, bob)]);
  const adaToken = await apiToken(baseUrl, ada);
  const name = `Late set ${ada.displayName}`;
  const event = await callApi<EventView>(baseUrl, adaToken, 'POST', '/api/events', { name, visibility: 'public' });
  const adaPage = await personIn(ada);
  const bobPage = await personIn(bob);

  // Ada proposes two bundled tracks.
  await adaPage.goto(`/events/${event.id}`);
  await screenTitle(adaPage, name).waitFor();
  await adaPage.getByLabel('Provider').selectOption('bundled');
  await adaPage.getByLabel('Search music').fill('Kevin MacLeod');
  await adaPage.getByRole('button', { name: 'Search', exact: true }).click();
  const results = adaPage.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await results.nth(1).waitFor();
  for (const index of [0, 1]) {
    await results.nth(index).getByRole('button', { name: /^Propose/ }).click();
    const placed = async () => (await adaPage.getByTestId('queue-entry').count()) + (await adaPage.getByTestId('now-playing').count());
    await expect.poll(placed).toBe(index + 1);
  }

  await bobPage.goto(`/events/${event.id}`);
  await bobPage.getByRole('button', { name: 'Join the event' }).click();
  await bobPage.getByRole('button', { name: 'Leave the event' }).waitFor();
  const history = (page: Page) => page.getByRole('list', { name: 'Played tracks' });
  await bobPage.getByText('Nothing has played yet.').waitFor();

  // The track on the deck ends (the owner's next, through the API: playback is not this journey's subject), and
  // both histories show it without a reload.
  const eventPath = `/api/events/${event.id}`;
  let deck = await callApi<EventView>(baseUrl, adaToken, 'GET', eventPath);
  if (!deck.nowPlaying) {
    await callApi(baseUrl, adaToken, 'POST', `${eventPath}/playback`, { action: 'next' });
    deck = await callApi<EventView>(baseUrl, adaToken, 'GET', eventPath);
  }
  const played = deck.nowPlaying?.track?.title ?? '';
  expect(played).not.toBe('');
  await callApi(baseUrl, adaToken, 'POST', `${eventPath}/playback`, { action: 'next', fromEntryId: deck.nowPlaying?.entryId });
  await history(bobPage).getByRole('listitem').filter({ hasText: played }).waitFor();
  await history(adaPage).getByRole('listitem').filter({ hasText: played }).getByText(`Proposed by ${ada.displayName}`).waitFor();
  expect(await history(adaPage).getByRole('listitem').count()).toBe(1);
  await auditScreen(bobPage, 'event-room-history');

  // Ada saves it as a playlist of hers, which opens with the played track.
  const playlistName = `Best of ${name}`;
  await adaPage.getByLabel('Playlist name').fill(playlistName);
  await adaPage.getByRole('button', { name: 'Save as a playlist' }).click();
  await screenTitle(adaPage, playlistName).waitFor();
  const playlistId = roomPath(adaPage).split('/').pop() ?? '';
  const playlist = await callApi<{ visibility: string; tracks: unknown[] }>(baseUrl, adaToken, 'GET', `/api/playlists/${playlistId}`);
  expect(playlist.visibility).toBe('private');
  expect(playlist.tracks).toHaveLength(1);
  expect(await adaPage.getByTestId('playlist-entry').count()).toBe(1);

  // Ada deletes the event while Bob is in its room: he is led out with a message.
  await adaPage.goto(`/events/${event.id}/settings`);
  await screenTitle(adaPage, 'Event settings').waitFor();
  adaPage.once('dialog', (dialog) => void dialog.accept());
  await adaPage.getByRole('button', { name: 'Delete the event' }).click();
  await screenTitle(adaPage, 'Events').waitFor();
  await screenTitle(bobPage, 'Events').waitFor();
  await bobPage.getByText('This event was deleted by its owner.').waitFor();
  expect(roomPath(bobPage)).toBe('/events');
  const gone = await fetch(`${baseUrl}/api/events/${event.id}`, { headers: { Authorization: `Bearer ${adaToken}` } });
  expect(gone.status).toBe(404);

  await Promise.all([adaPage.context().close(), bobPage.context().close()]);
}, 300_000);
