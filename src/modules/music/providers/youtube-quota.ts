import { UpstreamError } from '../../../infra/http';

/** Units per call (https://developers.google.com/youtube/v3/determine_quota_cost). */
export const YOUTUBE_COST = { search: 100, list: 1 } as const;
const DEFAULT_DAILY_UNITS = 10_000;

/** The quota resets at midnight Pacific time. */
const pacificDay = (at: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/**
 * This process's view of the YouTube Data API daily quota: refuses calls the budget cannot cover, and stops
 * calling for the rest of the day once Google says the quota is exhausted.
 */
export class YoutubeQuota {
  private day = '';
  private used = 0;
  private exhausted = false;

  constructor(
    private readonly dailyUnits = DEFAULT_DAILY_UNITS,
    private readonly now: () => number = Date.now,
  ) {}

  spend(units: number): void {
    this.rollOver();
    if (this.exhausted || this.used + units > this.dailyUnits) {
      throw new UpstreamError('youtube', 'rate_limited', 'youtube: daily API quota used up', { retryAfterMs: this.untilReset() });
    }
    this.used += units;
  }

  markExhausted(): void {
    this.rollOver();
    this.exhausted = true;
  }

  private rollOver(): void {
    const today = pacificDay(this.now());
    if (today === this.day) return;
    this.day = today;
    this.used = 0;
    this.exhausted = false;
  }

  /** Upper bound: the next Pacific midnight is at most 24 h away. */
  private untilReset(): number {
    const now = this.now();
    for (let hours = 1; hours <= 25; hours++) {
      if (pacificDay(now + hours * 3_600_000) !== this.day) return hours * 3_600_000;
    }
    return 24 * 3_600_000;
  }
}
