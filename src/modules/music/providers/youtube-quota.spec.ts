import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../infra/http';
import { YoutubeQuota } from './youtube-quota';

describe('YoutubeQuota', () => {
  const noon = Date.parse('2026-03-10T20:00:00Z'); // 13:00 in Los Angeles

  it('refuses a call the remaining daily budget cannot cover', () => {
    const quota = new YoutubeQuota(250, () => noon);
    quota.spend(100);
    quota.spend(100);
    expect(() => quota.spend(100)).toThrow(UpstreamError);
    expect(() => quota.spend(50)).not.toThrow();
  });

  it('starts a new budget at midnight Pacific time', () => {
    let now = noon;
    const quota = new YoutubeQuota(100, () => now);
    quota.spend(100);
    expect(() => quota.spend(1)).toThrow(UpstreamError);
    now = Date.parse('2026-03-11T08:30:00Z'); // 01:30 the next day in Los Angeles
    expect(() => quota.spend(100)).not.toThrow();
  });

  it('stops calling for the rest of the day once Google says the quota is exhausted, saying when to retry', () => {
    const quota = new YoutubeQuota(10_000, () => noon);
    quota.markExhausted();
    const error = (() => {
      try {
        quota.spend(1);
      } catch (e) {
        return e as UpstreamError;
      }
    })();
    expect(error?.failure).toBe('rate_limited');
    expect(error?.retryAfterMs).toBe(11 * 3_600_000);
  });
});
