/** A position or duration in ms as m:ss. */
export const clock = (ms: number): string => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Where a track is: its position, a progress bar named after the track, and its length. */
export function TrackProgress({ title, positionMs, durationMs, className, barClassName = 'h-2 flex-1' }: {
  title: string;
  positionMs: number;
  durationMs: number;
  className: string;
  barClassName?: string;
}) {
  return (
    <div className={`flex items-center ${className}`}>
      <span>{clock(positionMs)}</span>
      <progress className={barClassName} max={durationMs} value={Math.min(positionMs, durationMs)} aria-label={`Progress of ${title}`} />
      <span>{clock(durationMs)}</span>
    </div>
  );
}
