import type { Page } from 'playwright-core';
import { screenTitle } from './browser';

/** Creates an event through the app's own screens (Events → New event) and returns its id, read from the room's URL. */
export async function createEventInBrowser(page: Page, name: string, visibility: 'public' | 'private' = 'public'): Promise<string> {
  await page.getByRole('link', { name: 'Events', exact: true }).click();
  await screenTitle(page, 'Events').waitFor();
  await page.getByRole('link', { name: 'New event' }).click();
  await screenTitle(page, 'New event').waitFor();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Visibility').selectOption(visibility);
  await page.getByRole('button', { name: 'Create the event' }).click();
  await screenTitle(page, name).waitFor();
  const id = new URL(page.url()).pathname.split('/').pop();
  if (!id) throw new Error(`no event id in ${page.url()}`);
  return id;
}
