import { DomainError } from '../../common/errors/domain-error';

export interface AiImagesConfig {
  url: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
}

interface ImagesResponse {
  data?: Array<{ b64_json?: string; url?: string }>;
}

const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
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

  private async download(url: string, signal: AbortSignal): Promise<Buffer> {
    try {
      const response = await fetch(url, { signal });
      if (!response.ok) throw unavailable(`image download status ${response.status}`);
      const bytes = Buffer.from(await response.arrayBuffer());
      if (bytes.length > MAX_IMAGE_BYTES) throw unavailable('image too large');
      return bytes;
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw unavailable(signal.aborted ? 'timeout' : 'image download failed');
    }
  }
}
