import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A round-robin TCP load balancer on loopback, like the one in front of a deployment: a backend that refuses
 * the connection is skipped, so clients land on a surviving instance.
 */
export class Balancer {
  private server: Server | null = null;
  private next = 0;
  port = 0;

  constructor(private readonly backends: number[]) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((client) => this.route(client, 0));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address && typeof address === 'object') this.port = address.port;
  }

  private route(client: Socket, attempt: number): void {
    if (attempt >= this.backends.length) return void client.destroy();
    const port = this.backends[this.next++ % this.backends.length];
    const upstream = connect(port, '127.0.0.1');
    client.pause();
    upstream.once('error', () => this.route(client, attempt + 1));
    upstream.once('connect', () => {
      upstream.removeAllListeners('error');
      upstream.once('error', () => client.destroy());
      upstream.once('close', () => client.destroy());
      client.once('error', () => upstream.destroy());
      client.once('close', () => upstream.destroy());
      client.pipe(upstream).pipe(client);
      client.resume();
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
