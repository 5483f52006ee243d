import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's Chromium, with the flags the project documents for headless runs on CI machines. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';


export const MOBILE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * A fresh browser profile (its own cookies: another person, or another device of the same person). The service
 * worker is blocked unless a journey is about it (offline), so that every other journey sees the network.
 */
export async function newContext(browser: Browser, baseURL: string, options: { serviceWorkers?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: DESKTOP, serviceWorkers: options.serviceWorkers ? 'allow' : 'block' });
  context.setDefaultTimeout(15_000);
  return context;
}

const screenshots = resolve(import.meta.dirname, '../screenshots');

/**
 * Checks the current screen: 0 serious or critical axe violations, at 360 px and at 1280 px, with a screenshot of
 * each under e2e/screenshots/ (git-ignored).
 */
export async function auditScreen(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  for (const viewport of [MOBILE, DESKTOP]) {
    await page.setViewportSize(viewport);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, `axe on "${name}" at ${viewport.width} px`).toEqual([]);
    await page.screenshot({ path: join(screenshots, `${name}-${viewport.width}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

/** The screen's h1 (every screen has exactly one). */
export const screenTitle = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
