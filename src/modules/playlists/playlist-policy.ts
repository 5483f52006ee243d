import { DomainError } from '../../common/errors/domain-error';
import type { PlaylistEditLicense, PlaylistVisibility } from './entities/playlist.entity';

/** What the access rules need to know about a playlist and the caller. */
export interface PlaylistAccess {
  ownerId: string;
  visibility: PlaylistVisibility;
  editLicense: PlaylistEditLicense;
  /** The caller accepted an invitation to this playlist. */
  isMember: boolean;
}

export const isOwner = (p: PlaylistAccess, userId: string): boolean => p.ownerId === userId;

/** Public playlists are readable by every signed-in user; private ones by their owner and members only. */
export const canView = (p: PlaylistAccess, userId: string): boolean =>
  p.visibility === 'public' || isOwner(p, userId) || p.isMember;

/** Editing tracks: the owner and members always; anyone who can see it under licence `everyone`. */
export const canEdit = (p: PlaylistAccess, userId: string): boolean =>
  isOwner(p, userId) || p.isMember || (p.editLicense === 'everyone' && canView(p, userId));

/** A playlist the caller may not see does not exist for them (no existence leak). */
export function assertVisible<T extends PlaylistAccess>(p: T | null, userId: string): T {
  if (!p || !canView(p, userId)) throw DomainError.notFound('Playlist');
  return p;
}

export function assertCanEdit(p: PlaylistAccess, userId: string): void {
  if (!canEdit(p, userId)) {
    throw new DomainError('FORBIDDEN', 'Only the owner and invited members may edit this playlist.');
  }
}

/** Settings, invitations and deletion belong to the owner. */
export function assertOwner(p: PlaylistAccess, userId: string, action: string): void {
  if (!isOwner(p, userId)) throw new DomainError('FORBIDDEN', `Only the owner may ${action} this playlist.`);
}

/** `If-Match: <version>` is optional; when sent it must name the current version. */
export function assertVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw new DomainError('VERSION_CONFLICT', 'The playlist changed since you loaded it; reload and try again.', {
      currentVersion: current,
    });
  }
}
