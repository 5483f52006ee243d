/** On `#root`: the path whose screen the build prerendered into it (scripts/prerender.ts). */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * A prerendered screen is `inert` until React has hydrated it: typing into its form before then would be wiped when
 * the form takes over its fields, and a submit would do the browser's default (a GET with the password in the URL).
 * Called from the app's first effect, which runs once the hydrated tree is committed.
 */
export function releasePrerendered(): void {
  document.getElementById('root')?.removeAttribute('inert');
}

/** In a prerendered page's head: the app's modulepreloads, started by the entry after the first frame (main.tsx). */
export const PRELOADS_TEMPLATE_ID = 'deferred-modulepreloads';
