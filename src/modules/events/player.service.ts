import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { Devices } from '../auth';
import type { PlayerDto } from './dto/player.dto';
import { contextOf } from './event-context';
import { EventTransactions, type EventMutation } from './event-transactions';
import { EventsRepository } from './events.repository';
import { assertControlsPlayback, canControlPlayback } from './playback-authority';

/** The player device: the one session that plays an event's audio and reports when a track ends. */
@Injectable()
export class PlayerService {
  constructor(
    private readonly events: EventsRepository,
    private readonly transactions: EventTransactions,
    private readonly devices: Devices,
  ) {}

  /**
   * Owner, hosts and delegates choose it, from a device that controls playback, and only one of their own
   * signed-in devices (for a delegate, one their grant covers). Choosing the current one is a no-op.
   */
  set(caller: { id: string; sessionId: string }, eventId: string, sessionId: string): Promise<PlayerDto> {
    return this.transactions.mutate(caller.id, eventId, async (m) => {
      assertControlsPlayback(m.ctx, caller.sessionId);
      const device = (await this.devices.live(m.tx, [sessionId])).get(sessionId);
      if (!device || device.userId !== caller.id) throw new DomainError('NOT_FOUND', 'Choose one of your own signed-in devices (GET /api/auth/sessions).');
      assertControlsPlayback(m.ctx, sessionId);
      const player = { userId: device.userId, deviceName: device.deviceName, platform: device.platform };
      if (m.ctx.event.playerSessionId !== sessionId) {
        await this.events.setPlayer(m.tx, eventId, sessionId);
        m.changes.emit('player.changed', { player });
      }
      return player;
    });
  }

  /** Inside a mutation that may have taken rights away: a player device that may no longer control playback is dropped. */
  async dropIfNotAllowed(m: EventMutation): Promise<void> {
    const sessionId = m.ctx.event.playerSessionId;
    if (!sessionId) return;
    const device = (await this.devices.live(m.tx, [sessionId])).get(sessionId);
    if (device) {
      const ctx = contextOf(m.ctx.event, device.userId, await this.events.participation(m.tx, m.ctx.event.id, device.userId));
      if (canControlPlayback(ctx, sessionId)) return;
    }
    await this.events.setPlayer(m.tx, m.ctx.event.id, null);
    m.changes.emit('player.changed', { player: null });
  }
}
