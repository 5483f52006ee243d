import { build, type Histogram } from 'hdr-histogram-js';

/** Latencies in microseconds, reported in milliseconds. */
export class Latencies {
  private readonly histogram: Histogram = build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });

  recordMs(ms: number): void {
    this.histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
  }

  get count(): number {
    return this.histogram.totalCount;
  }

  percentileMs(p: number): number {
    return this.count === 0 ? 0 : round(this.histogram.getValueAtPercentile(p) / 1000);
  }

  summary(): LatencySummary {
    return { count: this.count, p50: this.percentileMs(50), p90: this.percentileMs(90), p99: this.percentileMs(99), max: round(this.histogram.maxValue / 1000) };
  }
}

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
