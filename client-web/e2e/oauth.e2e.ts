import { expect, test } from 'vitest';
import { createVerifiedAccount, newPerson, signIn } from './support/accounts';
import { auditScreen, newContext, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';
import { fakeOAuth, newProviderUser } from './support/oauth';

const { baseUrl, browser } = browserForJourney();

/** The backend talks to the suite's fake Google and 42 (real authorize / token / userinfo round trips, PKCE). */
test('signs in with Google, links 42 from the account and signs in with it, and explains a refusal at the provider', async () => {
  const context = await newContext(browser(), baseUrl);
  const page = await context.newPage();
  const google = newProviderUser('google', 'Grace');
  const fortyTwo = newProviderUser('42', 'Grace');
  await fakeOAuth.signInAs('google', google);
  await fakeOAuth.signInAs('42', fortyTwo);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in with 42' }).waitFor();
  await auditScreen(page, 'sign-in-with-providers');
  await page.getByRole('link', { name: 'Sign in with Google' }).click();
  // A new MusicRoom account, named after the Google profile.
  await screenTitle(page, `Hello, ${google.name}`).waitFor();

  await page.getByRole('link', { name: 'Account', exact: true }).click();
  const methods = page.getByRole('region', { name: 'Sign-in methods' });
  await methods.getByRole('button', { name: 'Unlink Google' }).waitFor();
  await methods.getByRole('button', { name: 'Link 42' }).click();
  await page.getByText('The new sign-in method is linked to your account.').waitFor();
  expect(new URL(page.url()).pathname).toBe('/account');
  await methods.getByRole('button', { name: 'Unlink 42' }).waitFor();
  await auditScreen(page, 'account-linked');

  // The linked 42 account signs in to the same MusicRoom account.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await screenTitle(page, 'Sign in').waitFor();
  await page.getByRole('link', { name: 'Sign in with 42' }).click();
  await screenTitle(page, `Hello, ${google.name}`).waitFor();

  // The person says no at the provider: the app explains, and offers the way back.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await screenTitle(page, 'Sign in').waitFor();
  await fakeOAuth.denyNext('google');
  await page.getByRole('link', { name: 'Sign in with Google' }).click();
  await screenTitle(page, 'Sign-in not completed').waitFor();
  expect(new URL(page.url()).searchParams.get('error')).toBe('OAUTH_DENIED');
  await page.getByRole('alert').filter({ hasText: 'The sign-in was cancelled at the provider, so nothing changed.' }).waitFor();
  await auditScreen(page, 'oauth-error');
  await page.getByRole('link', { name: 'Back to sign in' }).click();
  await screenTitle(page, 'Sign in').waitFor();
  await context.close();
});

test('linking a provider account that already belongs to someone else is refused and explained', async () => {
  const context = await newContext(browser(), baseUrl);
  const page = await context.newPage();
  const google = newProviderUser('google', 'Owner');
  await fakeOAuth.signInAs('google', google);
  // Someone signs up with this Google account first.
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in with Google' }).click();
  await screenTitle(page, `Hello, ${google.name}`).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await screenTitle(page, 'Sign in').waitFor();

  const person = newPerson('Mallory');
  await createVerifiedAccount(baseUrl, person);
  await signIn(page, person);
  await page.goto('/account');
  const methods = page.getByRole('region', { name: 'Sign-in methods' });
  await methods.getByRole('button', { name: 'Link Google' }).click();
  await screenTitle(page, 'Linking your account').waitFor();
  await page.getByRole('alert').filter({ hasText: /already/i }).waitFor();
  await auditScreen(page, 'oauth-link-conflict');
  await page.getByRole('link', { name: 'Back to your account' }).click();
  await methods.getByText('Email and password', { exact: true }).waitFor();
  await methods.getByRole('button', { name: 'Link Google' }).waitFor();
  expect(await methods.getByRole('button', { name: 'Unlink Google' }).count()).toBe(0);
  await context.close();
});
