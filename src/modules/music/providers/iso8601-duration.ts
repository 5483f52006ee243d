const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** ISO-8601 duration as YouTube sends it ("PT4M13S", "PT1H2M", "P0D") in milliseconds; undefined if malformed. */
export function parseIsoDuration(value: string): number | undefined {
  const match = DURATION.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return undefined;
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return Math.round((((weeks * 7 + days) * 24 + hours) * 3_600 + minutes * 60 + seconds) * 1_000);
}
