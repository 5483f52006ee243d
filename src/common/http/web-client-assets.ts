import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';

const HASHED_ASSET = /[/\\]assets[/\\][^/\\]+-[\w-]{8,}\.\w+$/;

/**
 * Cache headers for the web SPA's files: Vite's content-hashed bundles never change (cached for a year), while
 * index.html, the service worker and the manifest must be revalidated so a deploy reaches every browser.
 */
export function setWebAssetHeaders(res: ServerResponse, filePath: string): void {
  res.setHeader('Cache-Control', HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

const isApiOrSocket = (url: string | undefined): boolean => /^\/(api|socket\.io)(\/|\?|$)/.test(url ?? '');

/**
 * Gzip for the SPA's files only. API answers are left alone: some stream (audio with Range requests), and the
 * JSON ones are small.
 */
export function compressWebClient(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const compress = compression();
  return (req, res, next) => {
    if (isApiOrSocket(req.url)) {
      next();
      return;
    }
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], next);
  };
}
