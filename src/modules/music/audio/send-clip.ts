import type { Request, Response } from 'express';
import { DomainError } from '../../../common/errors/domain-error';
import type { AudioClip } from './audio-clips';

/** Parses a single `bytes=` range; undefined means "ignore the header and send everything" (RFC 9110 §14.2). */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    return suffix === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  return start <= end ? { start, end } : undefined;
}

/** Writes a clip with caching and byte-range support (browsers and AVPlayer seek with Range requests). */
export function sendClip(req: Request, res: Response, clip: AudioClip): void {
  const size = clip.data.length;
  const range = parseRange(req.headers.range, size);
  // Before any header is set: the error filter writes JSON only where no Content-Type was chosen yet.
  if (range === 'unsatisfiable') {
    throw new DomainError('RANGE_NOT_SATISFIABLE', `The file has ${size} bytes.`, { size }, { 'Content-Range': `bytes */${size}` });
  }
  res.setHeader('Content-Type', clip.contentType);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', clip.etag);
  res.setHeader('Cache-Control', 'public, max-age=86400');
  if (req.headers['if-none-match'] === clip.etag) {
    res.status(304).end();
    return;
  }
  if (!range) {
    res.setHeader('Content-Length', size);
    res.status(200).end(clip.data);
    return;
  }
  res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
  res.setHeader('Content-Length', range.end - range.start + 1);
  res.status(206).end(clip.data.subarray(range.start, range.end + 1));
}
