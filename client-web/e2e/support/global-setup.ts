import type { TestProject } from 'vitest/node';
import { startBackend } from './backend';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One backend for the whole browser suite; each journey makes its own accounts, so they never share state. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const backend = await startBackend();
  project.provide('baseUrl', backend.url);
  return backend.stop;
}
