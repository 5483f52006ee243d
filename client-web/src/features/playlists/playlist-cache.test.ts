import { describe, expect, it } from 'vitest';
import { applyPlaylistFrame, describePlaylistFrame, sortEntries, type Playlist, type PlaylistEntry } from './playlist-cache';

const at = '2030-01-01T00:00:00.000Z';
const room = 'playlist:p1';
const entry = (id: string, position: string): PlaylistEntry => ({
  id,
  position,
  addedAt: at,
  addedBy: { id: 'u1', displayName: 'Ada', avatarUrl: null },
  track: { provider: 'bundled', providerTrackId: `t-${id}`, title: `Song ${id}`, artist: 'Band', durationMs: 1000 },
});
const playlist = (tracks: PlaylistEntry[], extra: Partial<Playlist> = {}): Playlist =>
  ({ id: 'p1', name: 'Mix', version: 5, tracks, trackCount: tracks.length, myRole: null, canEdit: true, editLicense: 'everyone', ...extra }) as Playlist;
const ids = (p: Playlist) => p.tracks.map((e) => e.id);

describe('playlist frames applied to the cached playlist', () => {
  it('sorts by position in byte order, not by the locale (upper case before lower case)', () => {
    expect(sortEntries([entry('a', 'a0'), entry('b', 'Zz'), entry('c', 'a0V')]).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });

  it('inserts an added entry at its position, once, and counts it', () => {
    const before = playlist([entry('a', 'a0'), entry('b', 'a2')]);
    const change = { name: 'playlist.track_added' as const, frame: { room, at, version: 6, entry: entry('c', 'a1') } };
    const after = applyPlaylistFrame(before, change);
    expect(ids(after)).toEqual(['a', 'c', 'b']);
    expect(after).toMatchObject({ version: 6, trackCount: 3 });
    expect(describePlaylistFrame(before, after, change)).toBe('Song c was added by Ada, at number 2.');
    expect(ids(applyPlaylistFrame(after, { ...change, frame: { ...change.frame, version: 7 } }))).toEqual(['a', 'c', 'b']);
  });

  it('moves an entry to the frame’s position and says where it went', () => {
    const before = playlist([entry('a', 'a0'), entry('b', 'a1'), entry('c', 'a2')]);
    const change = { name: 'playlist.track_moved' as const, frame: { room, at, version: 6, entryId: 'a', position: 'a1V' } };
    const after = applyPlaylistFrame(before, change);
    expect(ids(after)).toEqual(['b', 'a', 'c']);
    expect(after.tracks[1]?.position).toBe('a1V');
    expect(describePlaylistFrame(before, after, change)).toBe('Song a moved to number 2.');
  });

  it('removes an entry (a no-op for one already gone, as after an optimistic removal)', () => {
    const before = playlist([entry('a', 'a0'), entry('b', 'a1')]);
    const change = { name: 'playlist.track_removed' as const, frame: { room, at, version: 6, entryId: 'a' } };
    const after = applyPlaylistFrame(before, change);
    expect(ids(after)).toEqual(['b']);
    expect(after).toMatchObject({ version: 6, trackCount: 1 });
    expect(describePlaylistFrame(before, after, change)).toBe('Song a was removed.');
    const again = applyPlaylistFrame(after, { ...change, frame: { ...change.frame, version: 7 } });
    expect(ids(again)).toEqual(['b']);
    expect(again.version).toBe(7);
  });

  it('takes new settings, and derives the viewer’s right to edit from the licence and their own role', () => {
    const metadata = {
      id: 'p1',
      name: 'Evening',
      description: '',
      visibility: 'public' as const,
      editLicense: 'invited' as const,
      allowDuplicates: true,
      owner: { id: 'o', displayName: 'Olga', avatarUrl: null },
      version: 6,
      createdAt: at,
      updatedAt: at,
    };
    const change = { name: 'playlist.updated' as const, frame: { room, at, version: 6, playlist: metadata } };
    const stranger = applyPlaylistFrame(playlist([]), change);
    expect(stranger).toMatchObject({ name: 'Evening', editLicense: 'invited', canEdit: false, version: 6 });
    expect(applyPlaylistFrame(playlist([], { myRole: 'editor' }), change).canEdit).toBe(true);
    expect(describePlaylistFrame(playlist([]), stranger, change)).toBe('The playlist is now called Evening.');
  });
});
