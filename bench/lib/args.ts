/** `--name value` and `--flag` command-line options. */
export class Args {
  constructor(private readonly argv = process.argv.slice(2)) {}

  string(name: string, fallback?: string): string | undefined {
    const i = this.argv.indexOf(`--${name}`);
    return i >= 0 && i + 1 < this.argv.length ? this.argv[i + 1] : fallback;
  }

  number(name: string, fallback: number): number {
    const value = Number(this.string(name));
    return Number.isFinite(value) && this.string(name) !== undefined ? value : fallback;
  }

  numbers(name: string, fallback: number[]): number[] {
    const value = this.string(name);
    return value ? value.split(',').map(Number) : fallback;
  }

  flag(name: string): boolean {
    return this.argv.includes(`--${name}`);
  }

  /** `--postgres` / `--redis`, falling back to BENCH_POSTGRES_URL / BENCH_REDIS_URL. */
  services(): { postgresUrl?: string; redisUrl?: string } {
    return { postgresUrl: this.string('postgres', process.env.BENCH_POSTGRES_URL), redisUrl: this.string('redis', process.env.BENCH_REDIS_URL) };
  }
}
