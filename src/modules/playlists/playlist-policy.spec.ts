import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error';
import { assertVersion, assertVisible, canEdit, canView, type PlaylistAccess } from './playlist-policy';

const OWNER = 'owner';
const MEMBER = 'member';
const STRANGER = 'stranger';

const playlist = (visibility: PlaylistAccess['visibility'], editLicense: PlaylistAccess['editLicense'], caller: string): PlaylistAccess => ({
  ownerId: OWNER,
  visibility,
  editLicense,
  isMember: caller === MEMBER,
});

describe('playlist access rules', () => {
  const table: Array<[PlaylistAccess['visibility'], PlaylistAccess['editLicense'], string, boolean, boolean]> = [
    // visibility, licence, caller, canView, canEdit
    ['public', 'everyone', OWNER, true, true],
    ['public', 'everyone', MEMBER, true, true],
    ['public', 'everyone', STRANGER, true, true],
    ['public', 'invited', OWNER, true, true],
    ['public', 'invited', MEMBER, true, true],
    ['public', 'invited', STRANGER, true, false],
    ['private', 'everyone', OWNER, true, true],
    ['private', 'everyone', MEMBER, true, true],
    ['private', 'everyone', STRANGER, false, false],
    ['private', 'invited', OWNER, true, true],
    ['private', 'invited', MEMBER, true, true],
    ['private', 'invited', STRANGER, false, false],
  ];

  it.each(table)('%s playlist, licence %s: %s may view=%s, edit=%s', (visibility, license, caller, view, edit) => {
    const p = playlist(visibility, license, caller);
    expect(canView(p, caller)).toBe(view);
    expect(canEdit(p, caller)).toBe(edit);
  });

  it('answers an invisible playlist with NOT_FOUND, never FORBIDDEN', () => {
    const error = (() => {
      try {
        assertVisible(playlist('private', 'everyone', STRANGER), STRANGER);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('NOT_FOUND');
    expect(() => assertVisible(null, OWNER)).toThrow(DomainError);
  });

  it('accepts a missing or current If-Match version and refuses a stale one', () => {
    expect(() => assertVersion(4, undefined)).not.toThrow();
    expect(() => assertVersion(4, 4)).not.toThrow();
    expect(() => assertVersion(4, 3)).toThrow(expect.objectContaining({ code: 'VERSION_CONFLICT', details: { currentVersion: 4 } }));
  });
});
