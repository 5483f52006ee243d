import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import { DomainError } from '../../../common/errors/domain-error';
import type { AudioFile } from './bundled-audio.service';

/** Parses a single `bytes=` range; undefined means "ignore the header and send everything" (RFC 9110 §14.2). */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  return start <= end ? { start, end } : undefined;
}

/**
 * Streams a file from disk with caching and byte-range support (browsers and AVPlayer seek with Range
 * requests): 200 with the whole file, 206 with one range, 304 for a matching If-None-Match, 416 (error
 * contract) for a range past the end. Only the requested bytes are read, a chunk at a time.
 */
export async function sendAudio(req: Request, res: Response, file: AudioFile): Promise<void> {
  const range = parseRange(req.headers.range, file.size);
  // Before any header is set: the error filter writes JSON only where no Content-Type was chosen yet.
  if (range === 'unsatisfiable') {
    throw new DomainError('RANGE_NOT_SATISFIABLE', `The file has ${file.size} bytes.`, { size: file.size }, { 'Content-Range': `bytes */${file.size}` });
  }
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', file.etag);
  res.setHeader('Cache-Control', 'public, max-age=86400');
  if (req.headers['if-none-match'] === file.etag) {
    res.status(304).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: file.size - 1 };
  if (range) res.setHeader('Content-Range', `bytes ${start}-${end}/${file.size}`);
  res.setHeader('Content-Length', end - start + 1);
  res.status(range ? 206 : 200);
  if (req.method === 'HEAD' || file.size === 0) {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(file.path, { start, end }), res);
  } catch (error) {
    // A listener who skips or closes the page aborts the download: nothing to report.
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    // Headers are gone already: all that is left is to cut the connection.
    res.destroy(error as Error);
  }
}
