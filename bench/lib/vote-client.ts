import { Agent, request } from 'node:http';

/**
 * The load generator's HTTP client: `node:http` over a keep-alive agent whose connections are opened before
 * the measurement starts. Two things it fixes in the generator, which otherwise show up as the server's latency:
 * - `fetch` (undici behind WHATWG streams) costs the generator about 0.6 ms of CPU per request, a tenth of a
 *   core at 150 votes/s and all of it at 1,600/s; a plain request costs a fraction of that;
 * - a connection opened during a step (the pool grows when requests overlap) puts a TCP handshake and a cold
 *   socket on the path of that vote. `preconnect` opens them all beforehand.
 */
export class VoteClient {
  private readonly agent: Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(
    origin: string,
    private readonly maxSockets = 64,
  ) {
    const url = new URL(origin);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' });
  }

  /** Opens `count` keep-alive connections (health checks in parallel) so no measured request opens one. */
  async preconnect(count = this.maxSockets): Promise<void> {
    await Promise.all(Array.from({ length: Math.min(count, this.maxSockets) }, () => this.send('GET', '/api/health')));
  }

  /**
   * One request; resolves with the status once the body is read. A keep-alive connection the server closed
   * while idle fails before the request reached it (`reusedSocket`): that one is sent again, once.
   */
  send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<number> {
    return this.attempt(method, path, headers, body, true);
  }

  private attempt(method: string, path: string, headers: Record<string, string>, body: string | undefined, retry: boolean): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent: this.agent,
          host: this.host,
          port: this.port,
          method,
          path,
          headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (retry && req.reusedSocket && error.code === 'ECONNRESET') resolve(this.attempt(method, path, headers, body, false));
        else reject(error);
      });
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
