import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

export type ImagesBehaviour = 'ok' | 'hang' | 'error' | 'not-an-image';

/**
 * A local OpenAI-compatible images API (`POST /v1/images/generations` → `{ data: [{ b64_json }] }`), checking
 * the bearer key like the real one. `behaviour` scripts the next answers: a hang is a timeout seen from the app.
 */
export class FakeImagesServer {
  readonly apiKey = 'test-ai-key';
  readonly prompts: string[] = [];
  behaviour: ImagesBehaviour = 'ok';
  private server: Server | null = null;
  private readonly hanging = new Set<ServerResponse>();

  get url(): string {
    const port = (this.server?.address() as AddressInfo | null)?.port;
    return `http://127.0.0.1:${port}/v1`;
  }

  env(extra: Record<string, string> = {}): Record<string, string> {
    return { AI_IMAGES_URL: this.url, AI_API_KEY: this.apiKey, AI_IMAGES_MODEL: 'fake-image-1', ...extra };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const json = (status: number, body: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    if (req.method !== 'POST' || req.url !== '/v1/images/generations') return void json(404, { error: { message: 'not found' } });
    if (req.headers.authorization !== `Bearer ${this.apiKey}`) return void json(401, { error: { message: 'bad key' } });
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { prompt?: string; model?: string };
    this.prompts.push(body.prompt ?? '');
    if (this.behaviour === 'hang') return void this.hanging.add(res);
    if (this.behaviour === 'error') return void json(500, { error: { message: 'boom' } });
    if (this.behaviour === 'not-an-image') return void json(200, { data: [{ b64_json: Buffer.from('hello').toString('base64') }] });
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 200, g: 30, b: 90 } } }).png().toBuffer();
    json(200, { created: Math.floor(Date.now() / 1000), data: [{ b64_json: png.toString('base64') }] });
  }
}
