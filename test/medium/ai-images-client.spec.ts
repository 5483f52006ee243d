import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AiImagesClient, MAX_IMAGE_BYTES } from '../../src/infra/ai-images/ai-images.client';

/** A provider that answers with an image URL, and the server behind that URL. */
describe('security finding 10: the AI images client treats the returned image URL as untrusted', () => {
  let provider: Server;
  let images: Server;
  let providerUrl = '';
  let imageRequests = 0;
  let imageUrl = '';
  let bytesSent = 0;

  beforeAll(async () => {
    images = createServer((req, res) => {
      imageRequests++;
      if (req.url !== '/huge') return void res.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.from('small image'));
      // Far more than the cap, written only as fast as the client reads.
      res.writeHead(200, { 'Content-Type': 'image/png' });
      const chunk = Buffer.alloc(64 * 1024, 1);
      const pump = () => {
        while (bytesSent < 64 * 1024 * 1024 && !res.destroyed) {
          bytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    provider = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ data: [{ url: imageUrl }] })));
    await Promise.all([images, provider].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
    providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const s of [images, provider]) s.closeAllConnections();
    await Promise.all([images, provider].map((s) => new Promise((resolve) => s.close(resolve))));
  });

  const imagesAt = (path: string) => `http://127.0.0.1:${(images.address() as AddressInfo).port}${path}`;
  const client = (allowPrivateUrls: boolean) => new AiImagesClient({ url: providerUrl, apiKey: 'k', model: 'm', timeoutMs: 10_000, allowPrivateUrls });

  it.each([
    ['a loopback address', () => imagesAt('/small')],
    ['a host name resolving to loopback', () => imagesAt('/small').replace('127.0.0.1', 'localhost')],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a non-http scheme', () => 'file:///etc/passwd'],
  ])('finding 10: refuses an image URL on %s without fetching it', async (_what, target) => {
    imageUrl = target();
    const before = imageRequests;
    await expect(client(false).generate('a cat')).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    expect(imageRequests).toBe(before);
  });

  it('finding 10: stops reading an image body at the cap instead of buffering it whole', async () => {
    imageUrl = imagesAt('/huge');
    await expect(client(true).generate('a cat')).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE', details: { reason: 'image too large' } });
    expect(bytesSent).toBeGreaterThan(MAX_IMAGE_BYTES);
    expect(bytesSent).toBeLessThan(64 * 1024 * 1024);
  });

  it('fetches an allowed image', async () => {
    imageUrl = imagesAt('/small');
    expect((await client(true).generate('a cat')).toString()).toBe('small image');
  });
});
