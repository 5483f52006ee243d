import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { EventBus } from '../../common/events/event-bus';
import { Database, type Queryable as Sql } from '../../infra/database';
import { Devices } from '../auth';
import { Friendships, type UserCardDto } from '../users';
import type { DelegateDto } from './dto/delegate.dto';
import type { DelegatedDeviceDto } from './dto/delegated-device.dto';
import type { FriendDeviceDto } from './dto/friend-device.dto';
import type { IncomingDelegationDto } from './dto/incoming-delegation.dto';
import { DelegationsRepository, sameDevices, type GrantDevices, type GrantRow } from './delegations.repository';
import type { EventMutation } from './event-transactions';
import { EventTransactions } from './event-transactions';
import { EventViews } from './event-views';
import { EventsRepository, type Participation } from './events.repository';
import { grantCovers } from './playback-authority';
import { PlayerService } from './player.service';

/**
 * Music Control Delegation: the owner lets a friend (or a host) control playback, from all of their devices or
 * chosen ones; the delegate may narrow a grant to fewer of their devices. A grant ends when the owner revokes
 * it, the delegate gives it up, the friendship ends, or its last covered session signs out. Each change is
 * broadcast as `members.changed` (`isDelegate`), and a player device that loses control is dropped.
 */
@Injectable()
export class DelegationService implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly grants: DelegationsRepository,
    private readonly events: EventsRepository,
    private readonly transactions: EventTransactions,
    private readonly views: EventViews,
    private readonly devices: Devices,
    private readonly friendships: Friendships,
    private readonly player: PlayerService,
    private readonly bus: EventBus,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe('friend.removed', ({ userIds }) => this.endBetweenFormerFriends(userIds[0], userIds[1]));
    this.bus.subscribe('auth.sessions_revoked', ({ sessionIds }) => this.dropSessions(sessionIds));
  }

  /** Owner only, to a friend or a host of the event; granting again replaces the devices covered. */
  grant(ownerId: string, eventId: string, delegateId: string, devices: GrantDevices): Promise<DelegateDto> {
    return this.transactions.mutate(ownerId, eventId, async (m) => {
      if (m.ctx.role !== 'owner') throw new DomainError('FORBIDDEN', 'Only the owner can delegate playback control.');
      if (delegateId === ownerId) throw new DomainError('CONFLICT', 'The owner always controls playback.');
      const target = await this.assertDelegable(m.tx, eventId, ownerId, delegateId);
      if (devices !== 'all') await this.assertOwnDevices(m.tx, delegateId, devices);
      const saved = await this.grants.save(m.tx, eventId, delegateId, devices);
      if (!target.delegate || !sameDevices(target.delegate.devices, devices)) await this.changed(m, delegateId, true);
      return (await this.delegateDtos(m.tx, [saved]))[0];
    });
  }

  /**
   * The signed-in devices of someone the owner may delegate to (a friend, or a host of the event), so the owner
   * can grant chosen ones. Owner only; the same refusals as a grant, nothing beyond id, platform, name and last use.
   */
  devicesOf(ownerId: string, eventId: string, delegateId: string): Promise<FriendDeviceDto[]> {
    return this.transactions.read(ownerId, eventId, async (sql, ctx) => {
      if (ctx.role !== 'owner') throw new DomainError('FORBIDDEN', 'Only the owner can delegate playback control.');
      if (delegateId === ownerId) throw new DomainError('CONFLICT', 'The owner always controls playback.');
      const granted = (await this.assertDelegable(sql, eventId, ownerId, delegateId)).delegate?.devices ?? [];
      return (await this.devices.ofUser(sql, delegateId)).map((d) => ({
        id: d.id,
        platform: d.platform,
        deviceName: d.deviceName,
        lastSeenAt: d.lastSeenAt.toISOString(),
        delegated: grantCovers(granted, d.id),
      }));
    });
  }

  /** Owner only; revoking someone who holds no grant is a no-op. */
  revoke(ownerId: string, eventId: string, delegateId: string): Promise<void> {
    return this.transactions.mutate(ownerId, eventId, async (m) => {
      if (m.ctx.role !== 'owner') throw new DomainError('FORBIDDEN', 'Only the owner can revoke playback delegation.');
      if (await this.grants.remove(m.tx, eventId, delegateId)) await this.changed(m, delegateId, false);
    });
  }

  /** The grants of an event, for anyone who can see it. */
  list(userId: string, eventId: string): Promise<DelegateDto[]> {
    return this.transactions.read(userId, eventId, async (sql) => this.delegateDtos(sql, await this.grants.ofEvent(sql, eventId)));
  }

  /** The grants I hold, newest first. */
  async incoming(userId: string): Promise<IncomingDelegationDto[]> {
    const rows = await this.grants.incoming(this.db, userId);
    const owners = await this.views.cardsOf(this.db, rows.map((r) => r.ownerId));
    const devices = await this.devices.live(this.db, rows.flatMap((r) => (r.devices === 'all' ? [] : r.devices)));
    return rows.flatMap((row) => {
      const grantedBy = owners.get(row.ownerId);
      if (!grantedBy) return [];
      return [incomingDto({ id: row.eventId, name: row.eventName }, grantedBy, row, devices)];
    });
  }

  /** The delegate narrows a grant to fewer of their own devices (never wider than the owner granted). */
  narrow(userId: string, eventId: string, devices: GrantDevices): Promise<IncomingDelegationDto> {
    return this.transactions.mutate(userId, eventId, async (m) => {
      const granted = m.ctx.delegate?.devices;
      if (!granted) throw DomainError.notFound('Delegation');
      if (devices !== 'all') await this.assertOwnDevices(m.tx, userId, devices);
      const wider = granted !== 'all' && (devices === 'all' || devices.some((id) => !granted.includes(id)));
      if (wider) throw new DomainError('DEVICE_NOT_DELEGATED', 'You can only narrow a grant to devices it already covers.', { granted });
      const saved = await this.grants.save(m.tx, eventId, userId, devices);
      if (!sameDevices(granted, devices)) await this.changed(m, userId, true);
      const owner = (await this.views.cardsOf(m.tx, [m.ctx.event.ownerId])).get(m.ctx.event.ownerId);
      if (!owner) throw DomainError.notFound('Event');
      const live = await this.devices.live(m.tx, devices === 'all' ? [] : devices);
      return incomingDto({ id: eventId, name: m.ctx.event.name }, owner, saved, live);
    });
  }

  /** The delegate gives a grant up; idempotent. */
  giveUp(userId: string, eventId: string): Promise<void> {
    return this.transactions.mutate(userId, eventId, async (m) => {
      if (await this.grants.remove(m.tx, eventId, userId)) await this.changed(m, userId, false);
    });
  }

  /** A friendship ended: grants between the two end, unless the delegate is a host or they are friends again. */
  private async endBetweenFormerFriends(a: string, b: string): Promise<void> {
    for (const { eventId, userId } of await this.grants.between(this.db, a, b)) {
      await this.transactions.mutate(
        userId,
        eventId,
        async (m) => {
          if (m.ctx.role === 'host' || (await this.friendships.areFriends(m.tx, a, b))) return;
          if (await this.grants.remove(m.tx, eventId, userId)) await this.changed(m, userId, false);
        },
        { requireVisible: false },
      );
    }
  }

  /** Sessions signed out: they leave the grants that named them (a grant left with none ends) and the player seat. */
  private async dropSessions(sessionIds: string[]): Promise<void> {
    const grants = await this.grants.onSessions(this.db, sessionIds);
    for (const { eventId, userId } of grants) {
      await this.transactions.mutate(
        userId,
        eventId,
        async (m) => {
          await this.grants.removeSessions(m.tx, eventId, userId, sessionIds);
          const left = await this.grants.find(m.tx, eventId, userId);
          const ends = left !== null && left.devices !== 'all' && left.devices.length === 0;
          if (ends) await this.grants.remove(m.tx, eventId, userId);
          await this.changed(m, userId, !ends);
        },
        { requireVisible: false },
      );
    }
    const covered = new Set(grants.map((g) => g.eventId));
    for (const eventId of await this.events.withPlayerAmong(this.db, sessionIds)) {
      if (covered.has(eventId)) continue;
      await this.transactions.mutateAsServer(eventId, (m) => this.player.dropIfNotAllowed(m));
    }
  }

  /** 404 for an unknown user, NOT_FRIENDS unless a friend of the owner or a host of the event. */
  private async assertDelegable(sql: Sql, eventId: string, ownerId: string, delegateId: string): Promise<Participation> {
    if ((await this.views.cardsOf(sql, [delegateId])).size === 0) throw DomainError.notFound('User');
    const target = await this.events.participation(sql, eventId, delegateId);
    if (target.memberRole !== 'host' && !(await this.friendships.areFriends(sql, ownerId, delegateId))) {
      throw new DomainError('NOT_FRIENDS', 'Playback control can be delegated only to a friend or a host of the event.');
    }
    return target;
  }

  private async changed(m: EventMutation, userId: string, isDelegate: boolean): Promise<void> {
    const p = await this.events.participation(m.tx, m.ctx.event.id, userId);
    m.changes.emit('members.changed', { userId, role: p.memberRole ?? (p.isListener ? 'listener' : null), isDelegate });
    await this.player.dropIfNotAllowed(m);
  }

  private async assertOwnDevices(sql: Sql, userId: string, sessionIds: string[]): Promise<void> {
    const live = await this.devices.live(sql, sessionIds);
    const foreign = sessionIds.filter((id) => live.get(id)?.userId !== userId);
    if (foreign.length > 0) {
      throw new DomainError('VALIDATION_FAILED', 'Every device must be a signed-in session of the delegate.', [
        { field: 'devices', messages: [`not a signed-in device of this user: ${foreign.join(', ')}`] },
      ]);
    }
  }

  private async delegateDtos(sql: Sql, rows: GrantRow[]): Promise<DelegateDto[]> {
    const cards = await this.views.cardsOf(sql, rows.map((r) => r.userId));
    const devices = await this.devices.live(sql, rows.flatMap((r) => (r.devices === 'all' ? [] : r.devices)));
    return rows.flatMap((row) => {
      const user = cards.get(row.userId);
      return user ? [{ user, ...coverage(row.devices, devices), grantedAt: row.grantedAt.toISOString() }] : [];
    });
  }
}

function incomingDto(event: { id: string; name: string }, grantedBy: UserCardDto, grant: GrantRow, live: Map<string, DelegatedDeviceDto>): IncomingDelegationDto {
  return { event, grantedBy, ...coverage(grant.devices, live), grantedAt: grant.grantedAt.toISOString() };
}

function coverage(devices: GrantDevices, live: Map<string, DelegatedDeviceDto>): { allDevices: boolean; devices: DelegatedDeviceDto[] } {
  if (devices === 'all') return { allDevices: true, devices: [] };
  return {
    allDevices: false,
    devices: devices.flatMap((id) => {
      const d = live.get(id);
      return d ? [{ id: d.id, deviceName: d.deviceName, platform: d.platform }] : [];
    }),
  };
}
