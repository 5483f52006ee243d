import { describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature } from './webhook-signature';

const body = Buffer.from('{"id":"evt_1"}');
const now = 1_800_000_000;

describe('billing webhook signature', () => {
  it.each([
    ['a correct signature', signatureHeader('s3cret', body, now), now, 'ok'],
    ['a signature made with another secret', signatureHeader('other', body, now), now, 'mismatch'],
    ['a signature over another body', signatureHeader('s3cret', '{"id":"evt_2"}', now), now, 'mismatch'],
    ['a timestamp older than 5 minutes', signatureHeader('s3cret', body, now - 301), now, 'expired'],
    ['a timestamp 5 minutes in the future', signatureHeader('s3cret', body, now + 301), now, 'expired'],
    ['a re-dated signature', signatureHeader('s3cret', body, now - 1000).replace(`t=${now - 1000}`, `t=${now}`), now, 'mismatch'],
    ['garbage', 'hello', now, 'malformed'],
    ['no header', undefined, now, 'malformed'],
  ])('judges %s', (_name, header, at, expected) => {
    expect(verifySignature('s3cret', header, body, at)).toBe(expected);
  });
});
