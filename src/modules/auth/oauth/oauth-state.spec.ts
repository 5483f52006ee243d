import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../../../config';
import { hashNonce, OAuthStateCodec, STATE_TTL_SECONDS } from './oauth-state';

const codecWith = (secret: string) => new OAuthStateCodec({ jwt: { secret } } as AppConfig);
const flow = { provider: 'google', redirectUri: 'musicroom://auth', mode: 'login' as const };

describe('OAuth state', () => {
  const codec = codecWith('s'.repeat(48));

  it('round-trips the flow with the hash of the nonce, never the nonce itself', () => {
    const state = codec.sign(flow, 'the-nonce');
    expect(state).not.toContain('the-nonce');
    const opened = codec.open(state);
    expect(opened?.expired).toBe(false);
    expect(opened?.payload).toMatchObject({ ...flow, nonceHash: hashNonce('the-nonce') });
  });

  it('expires after the TTL', () => {
    const issuedAt = Date.now();
    const state = codec.sign(flow, 'n', issuedAt);
    expect(codec.open(state, issuedAt + (STATE_TTL_SECONDS - 1) * 1000)?.expired).toBe(false);
    expect(codec.open(state, issuedAt + STATE_TTL_SECONDS * 1000)?.expired).toBe(true);
  });

  it('rejects any change to the payload or the signature, and another key', () => {
    const state = codec.sign(flow, 'n');
    const [body, mac] = state.split('.');
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), redirectUri: 'https://evil.test' })).toString('base64url');
    expect(codec.open(`${changed}.${mac}`)).toBeNull();
    expect(codec.open(`${body}.${mac.slice(0, -2)}AA`)).toBeNull();
    expect(codecWith('t'.repeat(48)).open(state)).toBeNull();
  });

  it.each([undefined, '', 'abc', 'a.b.c', 42, 'x'.repeat(5000)])('rejects malformed input %j', (input) => {
    expect(codec.open(input)).toBeNull();
  });
});
