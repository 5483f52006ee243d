import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { decodeCursor, encodeCursor, ownerFirstPage } from '../../common/pagination';
import { Database, type Tx } from '../../infra/database';
import { Invitations, type InvitationRecord, type InvitationTarget } from '../invitations';
import { UserCards } from '../users';
import type { PlaylistInvitationDto } from './dto/playlist-invitation.dto';
import type { PlaylistMemberDto } from './dto/playlist-member.dto';
import type { PlaylistMembersDto } from './dto/playlist-members.dto';
import { PlaylistAccessGate } from './playlist-access';
import { PlaylistVersions, type PlaylistChanges } from './playlist-changes';
import { assertOwner, assertVisible, isOwner } from './playlist-policy';
import { PlaylistsRepository } from './playlists.repository';

/**
 * Membership: the owner invites, the invitee accepts through the invitations inbox, and that is the only
 * way in (there is no self-join). Members leave, or the owner removes them.
 */
@Injectable()
export class PlaylistMembersService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly gate: PlaylistAccessGate,
    private readonly playlists: PlaylistsRepository,
    private readonly invitations: Invitations,
    private readonly cards: UserCards,
    private readonly versions: PlaylistVersions,
  ) {}

  onModuleInit(): void {
    this.invitations.registerHandler('playlist', {
      describeTargets: (ids, tx) => this.describeTargets(ids, tx),
      accept: (tx, invitation) => this.acceptInvitation(tx, invitation),
    });
  }

  /** Idempotent while the invitation is pending: `created` is false the second time. */
  invite(userId: string, playlistId: string, inviteeId: string): Promise<{ invitation: PlaylistInvitationDto; created: boolean }> {
    return this.db.transaction(async (tx) => {
      const playlist = assertVisible(await this.playlists.find(tx, playlistId, userId), userId);
      assertOwner(playlist, userId, 'invite people to');
      const invitee = (await this.cards.byIds([inviteeId], tx)).get(inviteeId);
      if (!invitee) throw DomainError.notFound('User');
      if (isOwner(playlist, inviteeId)) throw new DomainError('CONFLICT', 'The owner is already in this playlist.');
      const asInvitee = await this.playlists.find(tx, playlistId, inviteeId);
      if (asInvitee?.isMember) throw new DomainError('CONFLICT', 'This user is already a member of the playlist.');
      const { invitation, created } = await this.invitations.create(tx, {
        kind: 'playlist',
        targetId: playlistId,
        inviterId: userId,
        inviteeId,
      });
      return {
        created,
        invitation: { id: invitation.id, playlistId, invitee, status: 'pending', createdAt: invitation.createdAt.toISOString() },
      };
    });
  }

  /**
   * Anyone who can see the playlist, a page at a time: the owner opens the first page, then members in the order
   * they joined. Pending invitations only for the owner. Read at one snapshot.
   */
  roster(userId: string, playlistId: string, page: { limit: number; cursor?: string }): Promise<PlaylistMembersDto> {
    const after = decodeCursor(page.cursor);
    return this.db.transaction(
      async (tx) => {
        const playlist = assertVisible(await this.playlists.find(tx, playlistId, userId), userId);
        const { withOwner, rows, nextCursor } = await ownerFirstPage(
          after,
          page.limit,
          (n) => this.playlists.memberPage(tx, playlistId, after, n),
          // Right after the owner (a first page of one): every member is after the start of time.
          (last) => encodeCursor(last ?? { createdAt: new Date(0), id: ZERO_UUID }),
        );
        const memberIds = rows.map((r) => r.id);
        const cards = await this.cards.byIds([...(withOwner ? [playlist.ownerId] : []), ...memberIds], tx, userId);
        const people = [
          ...(withOwner ? [{ id: playlist.ownerId, role: 'owner' as const }] : []),
          ...memberIds.map((id) => ({ id, role: 'editor' as const })),
        ];
        const items = people.flatMap((p): PlaylistMemberDto[] => {
          const user = cards.get(p.id);
          return user ? [{ user, role: p.role }] : [];
        });
        const invitations = isOwner(playlist, userId) ? await this.invitations.pendingForTarget(tx, 'playlist', playlistId, userId) : null;
        return { items, nextCursor, members: items, invitations, version: playlist.version };
      },
      { isolation: 'REPEATABLE READ' },
    );
  }

  /** Owner only; broadcasts `members.changed` for the invitee (whose role does not change). */
  cancelInvitation(userId: string, playlistId: string, invitationId: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      const playlist = await this.gate.lockVisible(tx, playlistId, userId);
      assertOwner(playlist, userId, 'cancel invitations to');
      const invitation = await this.invitations.cancel(tx, 'playlist', playlistId, invitationId, () => undefined);
      const asInvitee = await this.playlists.find(tx, playlistId, invitation.inviteeId);
      await this.versions.change(tx, playlist, (changes) => membersChanged(changes, invitation.inviteeId, asInvitee?.isMember ? 'editor' : null));
    });
  }

  /** The owner removes a member, or a member leaves. */
  removeMember(userId: string, playlistId: string, memberId: string, expectedVersion?: number): Promise<void> {
    return this.db.transaction(async (tx) => {
      const playlist = await this.gate.lockVisible(tx, playlistId, userId, expectedVersion);
      if (memberId !== userId) assertOwner(playlist, userId, 'remove members of');
      if (!(await this.playlists.removeMember(tx, playlistId, memberId))) throw DomainError.notFound('Member');
      await this.versions.change(tx, playlist, (changes) => membersChanged(changes, memberId, null));
    });
  }

  /** Runs inside the transaction that marks the invitation accepted (the invitation row is locked first). */
  async acceptInvitation(tx: Tx, invitation: InvitationRecord): Promise<void> {
    const playlist = await this.playlists.find(tx, invitation.targetId, invitation.inviteeId, true);
    if (!playlist) throw DomainError.notFound('Playlist');
    if (isOwner(playlist, invitation.inviteeId)) return;
    if (!(await this.playlists.addMember(tx, playlist.id, invitation.inviteeId))) return;
    await this.versions.change(tx, playlist, (changes) => membersChanged(changes, invitation.inviteeId, 'editor'));
  }

  async describeTargets(ids: string[], tx: Tx): Promise<Map<string, InvitationTarget>> {
    const rows = await this.playlists.names(tx, ids);
    return new Map(rows.map((r) => [r.id, { name: r.name }]));
  }
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** Socket event `members.changed` for one user; role null = no longer a member. */
const membersChanged = (changes: PlaylistChanges, userId: string, role: 'editor' | null): number =>
  changes.emit('playlist.members_changed', { userId, role });
