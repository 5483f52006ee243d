import { describe, expect, it } from 'vitest';
import { licenseFromUrl } from './jamendo.provider';

describe('licenseFromUrl', () => {
  it.each([
    ['http://creativecommons.org/licenses/by-nc-sa/3.0/', 'CC BY-NC-SA 3.0'],
    ['https://creativecommons.org/licenses/by/4.0/', 'CC BY 4.0'],
    ['http://creativecommons.org/publicdomain/zero/1.0/', 'CC0 1.0'],
  ])('names %s as %s', (url, name) => {
    expect(licenseFromUrl(url)).toBe(name);
  });

  it('leaves an unknown licence unnamed', () => {
    expect(licenseFromUrl('https://example.com/licence')).toBeUndefined();
    expect(licenseFromUrl(undefined)).toBeUndefined();
  });
});
