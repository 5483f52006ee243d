/**
 * What index.html paints before any script runs, drawn again by React while the first screen's chunks load (the
 * router's HydrateFallback), so nothing flashes or shifts. Keep both in step; no imports here (the entry loads it).
 */
export function BootShell() {
  return (
    <>
      <div style={{ background: '#4c1d95', color: '#fff', padding: '0.75rem 1rem', font: '900 1.125rem system-ui, sans-serif' }}>MusicRoom</div>
      <p role="status" style={{ padding: '1.5rem 1rem', font: '1rem system-ui, sans-serif', color: '#3f3f46' }}>
        Loading…
      </p>
    </>
  );
}
