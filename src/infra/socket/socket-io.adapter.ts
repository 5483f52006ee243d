import type { IncomingMessage } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import { loadOnDemand } from '../../common/load-on-demand';
import type { AppConfig } from '../../config';
import { closeRedisClient, createRedisClient } from '../redis';

export const SOCKET_PATH = '/socket.io';

/**
 * The adapter's publishes are fire-and-forget promises: during a Redis outage each one rejects, and an
 * unhandled rejection would take the whole process down. Failed publishes are dropped (logged once per
 * outage by the client itself); local sockets keep receiving, other instances resync over REST.
 */
function guardPublishes(client: Redis): Redis {
  const publish: (channel: string, message: string | Buffer) => Promise<number> = client.publish.bind(client);
  (client as { publish: unknown }).publish = (channel: string, message: string | Buffer) =>
    publish(channel, message).catch(() => 0);
  return client;
}

/** Socket.IO on `/socket.io`, origins allow-listed, scaled across instances through Redis when configured. */
export class SocketIoAdapter extends IoAdapter {
  private readonly redisClients: Redis[] = [];
  private redisAdapter: ReturnType<typeof createAdapter> | null = null;

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
    if (config.redis) {
      const pub = guardPublishes(createRedisClient(config.redis.url, { name: 'socket-pub', failFast: true }));
      // Subscriptions wait for Redis instead of failing, and ioredis re-subscribes after a reconnect.
      const sub = createRedisClient(config.redis.url, { name: 'socket-sub', overrides: { maxRetriesPerRequest: null } });
      this.redisClients.push(pub, sub);
      const { createAdapter: redisAdapter } = loadOnDemand('@socket.io/redis-adapter') as typeof import('@socket.io/redis-adapter');
      this.redisAdapter = redisAdapter(pub, sub, { key: config.redis.keyPrefix, requestsTimeout: 2_000 });
    }
  }

  isOriginAllowed(origin: string | undefined): boolean {
    // Native apps and servers send no Origin; browsers always do, and only listed ones get in.
    return origin === undefined || this.config.http.corsOrigins.includes(origin);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const merged: Partial<ServerOptions> = {
      ...options,
      path: SOCKET_PATH,
      serveClient: false,
      transports: ['websocket', 'polling'],
      cors: { origin: this.config.http.corsOrigins, credentials: true },
      allowRequest: (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
        callback(null, this.isOriginAllowed(req.headers.origin));
      },
    };
    const server = super.createIOServer(port, merged as ServerOptions);
    if (this.redisAdapter) server.adapter(this.redisAdapter);
    this.logger.log(this.redisAdapter ? 'Socket.IO scaled through Redis' : 'Socket.IO on the in-memory adapter');
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.redisClients.splice(0).map((client) => closeRedisClient(client)));
  }
}
