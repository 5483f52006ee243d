/** On `#root`: the path whose screen the build prerendered into it (scripts/prerender.ts). */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * A prerendered form submitted before React has hydrated it would do the browser's default, a GET of the page with
 * its fields (the password) in the URL. Every form of the app is handled by script, so the page cancels that default.
 */
export function holdNativeSubmits(): void {
  if (document.getElementById('root')?.hasAttribute(PRERENDERED_ATTRIBUTE)) document.addEventListener('submit', (event) => event.preventDefault());
}
