import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { createVerifiedAccount, newPerson } from './support/accounts';
import { auditScreen, screenTitle } from './support/browser';
import { browserForJourney } from './support/journey';

const { baseUrl, personIn } = browserForJourney();

/** A 400×200 PNG, red with a blue 100×100 square in the middle: the centred crop is red-edged at zoom 1, all blue at zoom 2. */
async function testPicture(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 200;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ff0000';
    ctx.fillRect(0, 0, 400, 200);
    ctx.fillStyle = '#0000ff';
    ctx.fillRect(150, 50, 100, 100);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

type Rgb = [number, number, number];
const isBlue = ([r, g, b]: Rgb) => b > 180 && r < 80 && g < 80;
const isRed = ([r, g, b]: Rgb) => r > 180 && g < 80 && b < 80;

/** The colour near the top-left corner of an image (a data: URL) or of the crop preview canvas. */
const cornerOfCanvas = (page: Page) =>
  page.getByRole('img', { name: 'Crop preview of the new avatar' }).evaluate((canvas) => [...(canvas as HTMLCanvasElement).getContext('2d')!.getImageData(8, 8, 1, 1).data.slice(0, 3)] as Rgb);
const cornerOfImage = (page: Page, src: string) =>
  page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const at = Math.round(img.naturalWidth / 32);
    return [...ctx.getImageData(at, at, 1, 1).data.slice(0, 3)] as Rgb;
  }, src);

test('choose a picture, tighten the crop with the keyboard, see the preview change, upload it and see the new avatar', async () => {
  const person = newPerson('Frida');
  await createVerifiedAccount(baseUrl, person);
  const page = await personIn(person);
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await screenTitle(page, 'Your profile').waitFor();
  const section = page.getByRole('region', { name: 'Avatar', exact: true });
  const avatar = section.locator('img').first();
  await avatar.waitFor();
  const generated = await avatar.getAttribute('src');

  await section.getByLabel('Choose a new picture').setInputFiles({ name: 'picture.png', mimeType: 'image/png', buffer: await testPicture(page) });
  const preview = page.getByRole('img', { name: 'Crop preview of the new avatar' });
  await preview.waitFor();
  await expect.poll(() => cornerOfCanvas(page).then(isRed)).toBe(true);
  await auditScreen(page, 'avatar-crop');

  // Zoom 1 → 2 with the arrow keys: the square narrows to the blue middle.
  const zoom = section.getByRole('slider', { name: 'Zoom' });
  await zoom.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  expect(Number(await zoom.inputValue())).toBeCloseTo(2, 5);
  await expect.poll(() => cornerOfCanvas(page).then(isBlue)).toBe(true);

  const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/users/me/avatar') && r.request().method() === 'PUT');
  await section.getByRole('button', { name: 'Save this avatar' }).click();
  expect((await uploaded).status()).toBe(200);
  await section.getByText('Avatar updated.').waitFor();
  await expect.poll(() => preview.isVisible()).toBe(false);
  // The avatar shown is the one just saved (read back from the server): the blue crop, not the generated one.
  await expect.poll(async () => (await avatar.getAttribute('src')) !== generated).toBe(true);
  expect(isBlue(await cornerOfImage(page, (await avatar.getAttribute('src'))!))).toBe(true);
  await section.getByRole('button', { name: 'Go back to the generated avatar' }).waitFor();
  await auditScreen(page, 'avatar-updated');

  // After a reload too: it is stored, not just drawn.
  await page.reload();
  await screenTitle(page, 'Your profile').waitFor();
  await expect.poll(async () => {
    const src = await avatar.getAttribute('src');
    return src !== null && isBlue(await cornerOfImage(page, src));
  }).toBe(true);
  await page.context().close();
});
