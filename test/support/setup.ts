import 'reflect-metadata';
import { afterAll } from 'vitest';
import { takeUndocumentedErrors } from './error-coverage';

process.env.NODE_ENV = 'test';

// An error response of an app this file booted that openapi.json does not document fails the file
// (test/support/error-coverage.ts): declare the code with @ApiErrors on its operation, then `npm run openapi`.
afterAll(() => {
  const undocumented = takeUndocumentedErrors();
  if (undocumented.length > 0) {
    const lines = undocumented.map((e) => `${e.method} ${e.path} → ${e.status} ${e.code} (e.g. ${e.example})`);
    throw new Error(`Error responses openapi.json does not document:\n  ${lines.join('\n  ')}`);
  }
});
