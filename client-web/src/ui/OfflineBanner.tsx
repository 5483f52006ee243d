import { useOnline } from './use-online';

/**
 * The app's offline state, on every screen: what is on screen stays readable (the service worker serves the app
 * itself), requests wait for the network (TanStack Query pauses them) and resume when it is back.
 */
export function OfflineBanner() {
  const online = useOnline();
  return (
    <div role="status" aria-live="polite" className="contents">
      {!online && (
        <p data-testid="offline-banner" className="fixed inset-x-0 bottom-0 z-40 bg-zinc-900 px-4 py-3 text-center text-sm font-medium text-white">
          You are offline. What is on screen stays here; anything you send waits until you are back online.
        </p>
      )}
    </div>
  );
}
