import { Clock } from '../../src/common/time/clock';

/** A clock for tests: time moves only when `advance` is called (or when a sleeper is woken by it). */
export class FakeClock extends Clock {
  private sleepers: Array<{ at: number; wake: () => void }> = [];

  constructor(private current = 1_000_000) {
    super();
  }

  override now(): Date {
    return new Date(this.current);
  }

  override sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.sleepers.push({ at: this.current + ms, wake: resolve }));
  }

  advance(ms: number): void {
    this.current += ms;
    const due = this.sleepers.filter((s) => s.at <= this.current);
    this.sleepers = this.sleepers.filter((s) => s.at > this.current);
    for (const sleeper of due) sleeper.wake();
  }
}
