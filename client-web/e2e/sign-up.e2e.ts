import { expect, test } from 'vitest';
import { newPerson } from './support/accounts';
import { auditScreen, newContext, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';
import { linkIn, waitForMail } from './support/mail';

const { baseUrl, browser } = browserForJourney();

test('sign up, open the verification link from the mail, sign out and sign in again', async () => {
  const context = await newContext(browser(), baseUrl);
  const page = await context.newPage();
  const person = newPerson('Ada');

  await page.goto('/');
  await screenTitle(page, 'Sign in').waitFor();
  await auditScreen(page, 'sign-in');

  await page.getByRole('link', { name: 'Create an account' }).click();
  await screenTitle(page, 'Create your account').waitFor();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect.poll(() => page.getByText('Enter a display name.').isVisible()).toBe(true);
  await auditScreen(page, 'sign-up-errors');

  await page.getByLabel('Display name').fill(person.displayName);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  const submittedAt = Date.now() - 1000;
  await page.getByRole('button', { name: 'Create account' }).click();
  await screenTitle(page, 'Check your inbox').waitFor();
  await auditScreen(page, 'check-inbox');

  // Signing in before verifying is refused, with a resend offered.
  await page.getByRole('link', { name: 'Back to sign in' }).click();
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Resend the verification mail' }).waitFor();
  await auditScreen(page, 'sign-in-not-verified');

  const mail = await waitForMail(baseUrl, person.email, /confirm/i, submittedAt);
  const link = linkIn(mail, baseUrl);
  expect(link).toMatch(/^\/verify-email\?token=/);
  await page.goto(link);
  await page.getByRole('heading', { name: `Hello, ${person.displayName}` }).waitFor();
  await expect.poll(() => page.getByText('Your email is confirmed').isVisible()).toBe(true);
  await auditScreen(page, 'home');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await screenTitle(page, 'Sign in').waitFor();
  // The session is really gone: reloading a signed-in screen lands on sign-in.
  await page.goto('/people');
  await screenTitle(page, 'Sign in').waitFor();

  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await screenTitle(page, 'People').waitFor();
  await auditScreen(page, 'people');

  // A reload restores the session from the refresh cookie.
  await page.reload();
  await screenTitle(page, 'People').waitFor();
  await expect.poll(() => page.locator('[data-connection]').getAttribute('data-connection')).toBe('connected');
  await context.close();
});
