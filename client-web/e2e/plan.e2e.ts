import { expect, test } from 'vitest';
import { createVerifiedAccount, newPerson } from './support/accounts';
import { auditScreen, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';

const { baseUrl, personIn } = browserForJourney();

test('upgrade to Premium and back in test mode: the label says so, and the AI avatar screen follows the plan', async () => {
  const person = newPerson('Hedy');
  await createVerifiedAccount(baseUrl, person);
  const page = await personIn(person);

  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await screenTitle(page, 'Your profile').waitFor();
  await page.getByRole('link', { name: 'Upgrade to Premium' }).click();
  await screenTitle(page, 'Account').waitFor();
  await page.getByTestId('test-mode').waitFor();
  expect(await page.getByTestId('current-plan').textContent()).toBe('Free');
  await auditScreen(page, 'account-plan-free');

  await page.getByRole('button', { name: 'Upgrade to Premium' }).click();
  await expect.poll(() => page.getByTestId('current-plan').textContent()).toBe('Premium');
  await auditScreen(page, 'account-plan-premium');

  // Premium unlocks the AI avatar screen (this server has no AI provider: it says so instead of an upgrade prompt).
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await screenTitle(page, 'Your profile').waitFor();
  await expect.poll(() => page.getByRole('link', { name: 'Upgrade to Premium' }).count()).toBe(0);

  await page.getByRole('link', { name: 'Account', exact: true }).click();
  await page.getByRole('button', { name: 'Go back to Free' }).click();
  await expect.poll(() => page.getByTestId('current-plan').textContent()).toBe('Free');
  await page.context().close();
});
