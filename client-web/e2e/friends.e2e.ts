import { expect, test } from 'vitest';
import { createVerifiedAccount, newPerson, signIn } from './support/accounts';
import { auditScreen, newContext, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';

const { baseUrl, browser } = browserForJourney();

test('a friends-only bio stays hidden from a stranger until a friend request is accepted, live, with no reload', async () => {
  const ada = newPerson('Ada');
  const bob = newPerson('Bob');
  await Promise.all([createVerifiedAccount(baseUrl, ada), createVerifiedAccount(baseUrl, bob)]);
  const adaContext = await newContext(browser(), baseUrl);
  const bobContext = await newContext(browser(), baseUrl);
  const adaPage = await adaContext.newPage();
  const bobPage = await bobContext.newPage();
  await Promise.all([signIn(adaPage, ada), signIn(bobPage, bob)]);

  // Ada writes a bio that only friends may read.
  await adaPage.getByRole('link', { name: 'Profile', exact: true }).click();
  await screenTitle(adaPage, 'Your profile').waitFor();
  await adaPage.getByLabel('Bio', { exact: true }).fill('Jazz on Sundays, techno on Fridays.');
  await adaPage.getByLabel('Who sees your bio').selectOption('friends');
  await adaPage.getByRole('button', { name: 'Save profile' }).click();
  await adaPage.getByText('Profile saved.').waitFor();
  await auditScreen(adaPage, 'profile');

  // Bob finds Ada: her profile shows no bio at all.
  await bobPage.getByRole('link', { name: 'People', exact: true }).click();
  await bobPage.getByLabel('Search by name').fill(ada.displayName.split(' ')[0]!);
  await bobPage.getByRole('link', { name: ada.displayName }).click();
  await screenTitle(bobPage, ada.displayName).waitFor();
  await expect.poll(() => bobPage.getByTestId('relation').textContent()).toBe('Not a friend yet');
  expect(await bobPage.getByTestId('profile-bio').count()).toBe(0);
  await auditScreen(bobPage, 'public-profile-stranger');
  await bobPage.getByRole('button', { name: 'Add friend' }).click();
  await bobPage.getByRole('button', { name: 'Friend request sent' }).waitFor();

  // Ada is told live: a toast and a badge, without reloading.
  await adaPage.getByText('You have a new friend request.').waitFor();
  await adaPage.getByTestId('badge-1').or(adaPage.getByLabel('1 pending friend requests')).first().waitFor();
  await adaPage.getByRole('link', { name: /People/ }).click();
  await screenTitle(adaPage, 'People').waitFor();
  await auditScreen(adaPage, 'people-incoming-request');
  await adaPage.getByRole('button', { name: `Accept ${bob.displayName}` }).click();
  await adaPage.getByRole('list', { name: 'Friends' }).getByRole('link', { name: bob.displayName }).waitFor();

  // Bob's open profile page updates by itself: now friends, the bio appears.
  await bobPage.getByText('Your friend request was accepted.').waitFor();
  await expect.poll(() => bobPage.getByTestId('profile-bio').textContent(), { timeout: 10_000 }).toBe('Jazz on Sundays, techno on Fridays.');
  expect(await bobPage.getByTestId('relation').textContent()).toBe('Friend');
  await auditScreen(bobPage, 'public-profile-friend');

  await adaPage.getByRole('link', { name: 'Invitations', exact: true }).click();
  await screenTitle(adaPage, 'Invitations').waitFor();
  await auditScreen(adaPage, 'invitations');
  await Promise.all([adaContext.close(), bobContext.close()]);
});
