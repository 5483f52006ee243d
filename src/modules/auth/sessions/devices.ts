import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../../infra/database';
import { SessionsRepository } from './sessions.repository';

/** A signed-in device as other modules see it. Its id is the session id. */
export interface Device {
  id: string;
  userId: string;
  platform: string | null;
  deviceName: string | null;
}

/** Which devices are signed in, for modules that bind rights to a device (player device, delegation). */
@Injectable()
export class Devices {
  constructor(private readonly sessions: SessionsRepository) {}

  /** A user's live devices, most recently seen first (for an owner choosing which ones to delegate to). */
  async ofUser(q: Queryable, userId: string): Promise<Array<Device & { lastSeenAt: Date }>> {
    const rows = await this.sessions.liveOfUser(q, userId);
    return rows.map((r) => ({ id: r.id, userId, platform: r.platform, deviceName: r.deviceName, lastSeenAt: r.lastRefreshedAt }));
  }

  /** The live devices among `ids`; revoked, expired and unknown ones are missing from the map. */
  async live(q: Queryable, ids: readonly string[]): Promise<Map<string, Device>> {
    const rows = await this.sessions.liveByIds(q, [...new Set(ids)]);
    return new Map(rows.map((r) => [r.id, { id: r.id, userId: r.userId, platform: r.platform, deviceName: r.deviceName }]));
  }
}
