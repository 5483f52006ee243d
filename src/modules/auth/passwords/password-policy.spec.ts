import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../common/errors/domain-error';
import { assertAcceptablePassword, passwordProblems } from './password-policy';

describe('password policy', () => {
  const email = 'ada.lovelace@example.com';

  it.each([
    ['a long passphrase', 'correct horse battery staple', []],
    ['exactly 10 characters', 'kq8!zR2#vm', []],
    ['9 characters', 'kq8!zR2#v', ['must be at least 10 characters long']],
    ['the email', 'Ada.Lovelace@example.com', ['must not be your email address']],
    ["the email's local part", 'ada.lovelace', ['must not be your email address']],
    ['a common password, any case', 'PassWord123', ['is too common; choose one that is harder to guess']],
    ['one repeated character', 'zzzzzzzzzzzz', ['must use at least 4 different characters']],
  ])('%s → %j', (_label, password, expected) => {
    expect(passwordProblems(password, email)).toEqual(expected);
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblems('ünïcödé€ß√', email)).toEqual([]);
    expect(passwordProblems('ü'.repeat(5), email)).toContain('must be at least 10 characters long');
  });

  it('throws VALIDATION_FAILED naming the field', () => {
    const error = (() => {
      try {
        assertAcceptablePassword('short', email, 'newPassword');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'newPassword', messages: expect.any(Array) }] });
  });
});
