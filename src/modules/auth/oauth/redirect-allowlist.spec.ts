import { describe, expect, it } from 'vitest';
import { isAllowedRedirect } from './redirect-allowlist';

const allowlist = ['https://app.example.com', 'musicroom://auth', 'https://partner.example.org/oauth/done'];

describe('OAuth redirect allow-list', () => {
  it.each([
    ['https://app.example.com', true],
    ['https://app.example.com/', true],
    ['https://app.example.com/auth/callback?next=%2Fevents', true],
    ['musicroom://auth', true],
    ['https://partner.example.org/oauth/done', true],
    ['https://partner.example.org/oauth/done?x=1', true],
    ['https://partner.example.org/oauth/other', false],
    ['http://app.example.com/auth', false],
    ['https://app.example.com:8443/auth', false],
    ['https://app.example.com.evil.test/auth', false],
    ['https://evil.test/?https://app.example.com', false],
    ['https://app.example.com@evil.test/', false],
    ['https://user:pw@app.example.com/', false],
    ['https://app.example.com/auth#access_token=x', false],
    ['musicroom://auth/../steal', false],
    ['musicroom://authx', false],
    ['javascript:alert(1)', false],
    ['//app.example.com/auth', false],
    ['not a url', false],
  ])('%s → %s', (candidate, allowed) => {
    expect(isAllowedRedirect(candidate, allowlist)).toBe(allowed);
  });

  it('allows nothing with an empty list', () => {
    expect(isAllowedRedirect('https://app.example.com', [])).toBe(false);
  });
});
