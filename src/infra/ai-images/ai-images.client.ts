import { get as httpGet, type IncomingMessage, type RequestOptions } from 'node:http';
import { get as httpsGet } from 'node:https';
import { isIP } from 'node:net';
import { DomainError } from '../../common/errors/domain-error';
import { isPublicAddress, publicOnlyLookup } from './public-address';

export interface AiImagesConfig {
  url: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
  /** Let the image URL the provider returns point at loopback or private addresses (local fakes only). */
  allowPrivateUrls?: boolean;
}

interface ImagesResponse {
  data?: Array<{ b64_json?: string; url?: string }>;
}

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const unavailable = (reason: string) => new DomainError('PROVIDER_UNAVAILABLE', 'The image generator is unavailable right now.', { reason });

/** An OpenAI-compatible images API (`POST {url}/images/generations`). */
export class AiImagesClient {
  constructor(private readonly config: AiImagesConfig) {}

  async generate(prompt: string): Promise<Buffer> {
    const signal = AbortSignal.timeout(this.config.timeoutMs);
    let response: Response;
    try {
      response = await fetch(`${this.config.url}/images/generations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.config.apiKey}` },
        body: JSON.stringify({ model: this.config.model, prompt, n: 1, size: '1024x1024' }),
        signal,
      });
    } catch (error) {
      throw unavailable(signal.aborted ? 'timeout' : error instanceof Error ? error.message : 'network error');
    }
    if (!response.ok) throw unavailable(`status ${response.status}`);
    const body = (await response.json().catch(() => ({}))) as ImagesResponse;
    const image = body.data?.[0];
    if (image?.b64_json) return Buffer.from(image.b64_json, 'base64');
    if (image?.url) return this.download(image.url, signal);
    throw unavailable('no image in the response');
  }

  /**
   * Fetches the image URL the provider returned, as an untrusted URL (security finding 10): http(s) only, no
   * loopback or private target unless allowed (checked on the address actually connected to), no redirects,
   * and the body streamed with a hard cap: the transfer stops at MAX_IMAGE_BYTES + 1.
   */
  private async download(raw: string, signal: AbortSignal): Promise<Buffer> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw unavailable('invalid image URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw unavailable('image URL is not http(s)');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const guarded = !this.config.allowPrivateUrls;
    if (guarded && isIP(host) !== 0 && !isPublicAddress(host)) throw unavailable('image URL points at a non-public address');
    try {
      return await fetchCapped(url, { signal, ...(guarded ? { lookup: publicOnlyLookup } : {}) }, MAX_IMAGE_BYTES);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw unavailable(signal.aborted ? 'timeout' : code === 'ENONPUBLIC' ? 'image URL points at a non-public address' : 'image download failed');
    }
  }
}

function fetchCapped(url: URL, options: RequestOptions, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsGet : httpGet)(url, options, (response: IncomingMessage) => {
      if (response.statusCode !== 200) {
        response.resume();
        return reject(unavailable(`image download status ${response.statusCode ?? 0}`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          request.destroy();
          return reject(unavailable('image too large'));
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks)));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}
