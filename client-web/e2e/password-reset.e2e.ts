import { expect, test } from 'vitest';
import { createVerifiedAccount, newPerson, signIn } from './support/accounts';
import { auditScreen, newContext, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';
import { linkIn, waitForMail } from './support/mail';

const { baseUrl, browser } = browserForJourney();

test('forgot password: the mail link opens the reset screen; the new password works and the old one no longer does', async () => {
  const person = newPerson('Grace');
  await createVerifiedAccount(baseUrl, person);
  const context = await newContext(browser(), baseUrl);
  const page = await context.newPage();

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await screenTitle(page, 'Forgot your password?').waitFor();
  await auditScreen(page, 'forgot-password');
  await page.getByLabel('Email').fill(person.email);
  const askedAt = Date.now() - 1000;
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page.getByText('a link to choose a new password is on its way').waitFor();

  const link = linkIn(await waitForMail(baseUrl, person.email, /reset/i, askedAt), baseUrl);
  expect(link).toMatch(/^\/reset-password\?token=/);
  await page.goto(link);
  await screenTitle(page, 'Choose a new password').waitFor();
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('Repeat the new password').fill('different');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await page.getByText('Use at least 10 characters.').waitFor();
  await auditScreen(page, 'reset-password-errors');

  const newPassword = `${person.password} renewed`;
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Repeat the new password').fill(newPassword);
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await page.getByText('Your password is changed.').waitFor();
  await auditScreen(page, 'reset-password-done');

  // The old password is refused, with the server's message; the new one signs in.
  await page.getByRole('link', { name: 'Sign in with your new password' }).click();
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: /password/i }).waitFor();
  await page.getByText('Details').click();
  await page.getByText('INVALID_CREDENTIALS').waitFor();
  await auditScreen(page, 'sign-in-wrong-password');
  await signIn(page, { ...person, password: newPassword });
  await context.close();
});
