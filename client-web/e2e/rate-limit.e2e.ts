import { expect, test } from 'vitest';
import { createVerifiedAccount, newPerson } from './support/accounts';
import { auditScreen, newContext, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';

const { baseUrl, browser } = browserForJourney();

/**
 * The real brake on password guessing: after LOGIN_MAX_FAILURES_PER_ACCOUNT_IP (5) wrong passwords for one account
 * from one IP, the server answers 429 with Retry-After (30 s at first). Only this account is slowed down, so the
 * other journeys on the shared backend are not.
 */
test('a 429 shows the server’s message and counts down from Retry-After, with the submit button disabled', async () => {
  const person = newPerson('Kurt');
  await createVerifiedAccount(baseUrl, person);
  const wrong = { email: person.email, password: 'not the password at all' };
  const context = await newContext(browser(), baseUrl);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await screenTitle(page, 'Sign in').waitFor();
  await page.getByLabel('Email').fill(wrong.email);
  await page.getByLabel('Password').fill(wrong.password);
  const signInButton = page.getByRole('button', { name: 'Sign in', exact: true });

  // Wrong passwords through the form until the server starts braking (it takes 5).
  let retryAfter = 0;
  for (let attempt = 1; attempt <= 8 && retryAfter === 0; attempt++) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await signInButton.click();
    const response = await answered;
    if (response.status() === 429) retryAfter = Number(response.headers()['retry-after']);
    else {
      expect(response.status()).toBe(401);
      await page.getByRole('alert').waitFor();
      await expect.poll(() => signInButton.isEnabled()).toBe(true);
    }
  }
  expect(retryAfter).toBeGreaterThanOrEqual(10);

  const countdown = page.getByTestId('retry-countdown');
  await page.getByRole('alert').filter({ hasText: 'Too many sign-in attempts' }).waitFor();
  const secondsShown = async () => Number(/in (\d+) s/.exec((await countdown.textContent()) ?? '')?.[1]);
  const first = await secondsShown();
  expect(first).toBeLessThanOrEqual(retryAfter);
  expect(first).toBeGreaterThanOrEqual(retryAfter - 3);
  expect(await signInButton.isDisabled()).toBe(true);
  // It ticks: a second later it shows less (polled, no fixed wait), and the button stays disabled meanwhile.
  await expect.poll(secondsShown, { timeout: 5_000 }).toBeLessThan(first);
  expect(await signInButton.isDisabled()).toBe(true);
  await auditScreen(page, 'sign-in-rate-limited');
  await context.close();
});
