import { asApiError } from '../api/errors';
import { useCountdown } from './use-countdown';

/**
 * An error as the person sees it: the server's message, a countdown for a 429, and the request id one click away
 * (to quote when asking for help). Announced to screen readers as an alert.
 */
export function ErrorNotice({ error, className = '' }: { error: unknown; className?: string }) {
  const apiError = error ? asApiError(error) : null;
  const left = useCountdown(apiError?.status === 429 ? apiError.retryAfter : null, error);
  if (!apiError) return null;
  return (
    <div role="alert" className={`rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 ${className}`}>
      <p>{apiError.message}</p>
      {apiError.status === 429 && left > 0 && (
        <p className="mt-1 font-medium" data-testid="retry-countdown">
          You can try again in {left} s.
        </p>
      )}
      {(apiError.requestId ?? apiError.code) && (
        <details className="mt-2 text-xs text-red-800">
          <summary className="cursor-pointer">Details</summary>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
            <dt>Code</dt>
            <dd className="font-mono">{apiError.code}</dd>
            {apiError.requestId && (
              <>
                <dt>Request id</dt>
                <dd className="font-mono break-all">{apiError.requestId}</dd>
              </>
            )}
          </dl>
        </details>
      )}
    </div>
  );
}

/** True while a 429's Retry-After has not elapsed: submit buttons stay disabled. */
export function useRateLimited(error: unknown): boolean {
  const apiError = error ? asApiError(error) : null;
  return useCountdown(apiError?.status === 429 ? apiError.retryAfter : null, error) > 0;
}
