import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { screenTitle } from './browser';
import { linkIn, waitForMail } from './mail';

export interface Person {
  email: string;
  password: string;
  displayName: string;
}

export function newPerson(name: string): Person {
  const id = randomUUID().slice(0, 8);
  return { email: `${name.toLowerCase()}-${id}@example.test`, password: `correct horse ${id} battery`, displayName: `${name} ${id}` };
}

/** A verified account made through the API and the verification mail (journeys that are not about sign-up). */
export async function createVerifiedAccount(baseUrl: string, person: Person): Promise<void> {
  const started = Date.now() - 1000;
  const register = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(person),
  });
  if (register.status !== 202) throw new Error(`register answered ${register.status}`);
  const mail = await waitForMail(baseUrl, person.email, /confirm/i, started);
  const token = new URL(linkIn(mail, baseUrl), baseUrl).searchParams.get('token');
  const verified = await fetch(`${baseUrl}/api/auth/verify-email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  if (verified.status !== 200) throw new Error(`verify-email answered ${verified.status}`);
  // Verifying signs in: end that session, so the person's devices are only the browsers of the journey.
  const { refreshToken } = (await verified.json()) as { refreshToken: string };
  await fetch(`${baseUrl}/api/auth/logout`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken }) });
}

/** Signs in through the sign-in screen and waits for the home screen. */
export async function signIn(page: Page, person: Person): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await screenTitle(page, `Hello, ${person.displayName}`).waitFor();
}

/** An access token of `person` from the API (a session of its own), for checking the server's state in a journey. */
export async function apiToken(baseUrl: string, person: Person): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
