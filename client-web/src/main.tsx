import { preloadFirstScreen } from './app/preload-first-screen';
import { routes } from './app/router';
import './index.css';

// The entry is tiny: it starts loading the first screen's chunks at once, while React, the router and the app
// (modulepreloaded by index.html, see vite.config.ts) download in parallel, instead of one after the other.
// It does so after the first frame: evaluating React keeps the main thread busy for a while, and the browser would
// otherwise paint the prerendered screen (or the shell) only after it.
function boot(): void {
  preloadFirstScreen(routes, window.location.pathname);
  import('./app/start').catch(() => {
    // Offline before the service worker had cached the app (its own offline state takes over once it has).
    const status = document.querySelector('#root p');
    if (status) status.textContent = 'MusicRoom could not load: you seem to be offline. Reload when you are back online.';
  });
}
// A hidden tab draws no frame (no requestAnimationFrame) until shown: it starts at once.
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(boot));
else boot();
