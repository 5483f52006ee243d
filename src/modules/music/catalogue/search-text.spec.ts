import { describe, expect, it } from 'vitest';
import { escapeLike, searchKey } from './search-text';

describe('searchKey', () => {
  it.each([
    ['Zoë Keating', 'zoe keating'],
    ['Variatio 5. a 1 ô vero 2 Clav.', 'variatio 5 a 1 o vero 2 clav'],
    ['GYMNOPÉDIE No. 1', 'gymnopedie no 1'],
    ["Poupi's Theme", 'poupis theme'],
    ['Re: Your Brains', 're your brains'],
    ['  Straße   Œuvre  ', 'strasse oeuvre'],
    ['999,999', '999 999'],
    ['Ghosts I–IV', 'ghosts i iv'],
  ])('folds %j to %j', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it('gives the same key to a query typed with or without accents', () => {
    expect(searchKey('Champ de Tournesol')).toBe(searchKey('chámp dé tôurnésol'));
  });

  it('keeps letters of other scripts', () => {
    expect(searchKey('東京 Tokyo')).toBe('東京 tokyo');
  });
});

describe('escapeLike', () => {
  it('escapes wildcards and the escape character', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});
