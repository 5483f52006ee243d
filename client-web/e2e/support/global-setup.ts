import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { FakeOAuthServer } from '../../../test/support/fake-oauth-server';
import { startBackend } from './backend';
import { CHROMIUM_FLAGS, chromiumPath } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The fake Google + 42 provider the backend signs in with (steered by `support/oauth.ts`). */
    oauthUrl: string;
    /** One Chromium for the whole suite; each journey file connects to it and makes its own contexts. */
    browserWsEndpoint: string;
  }
}

/**
 * One backend and one Chromium for the whole browser suite (each file connects; each journey makes its own
 * accounts and browser contexts, so they never share state), and the fake OAuth provider of the backend tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const oauth = new FakeOAuthServer();
  await oauth.start();
  const started = await Promise.allSettled([
    startBackend(oauth.env()),
    chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true }),
  ]);
  const [backendStart, browserStart] = started;
  if (backendStart.status === 'rejected' || browserStart.status === 'rejected') {
    // Stop whatever did start, then report what did not.
    await Promise.all([
      backendStart.status === 'fulfilled' && backendStart.value.stop(),
      browserStart.status === 'fulfilled' && browserStart.value.close(),
      oauth.stop(),
    ]);
    throw backendStart.status === 'rejected' ? backendStart.reason : (browserStart as PromiseRejectedResult).reason;
  }
  const backend = backendStart.value;
  const browser = browserStart.value;
  project.provide('baseUrl', backend.url);
  project.provide('oauthUrl', oauth.baseUrl);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    await Promise.all([backend.stop(), browser.close(), oauth.stop()]);
  };
}
