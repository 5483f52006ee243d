import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Page } from '../ui/Page';

/** A screen that failed to load or render (e.g. its code chunk while offline). */
export function RouteError() {
  const error = useRouteError();
  return (
    <main>
      <Page title="Something went wrong">
        {isRouteErrorResponse(error) ? <p>{error.statusText}</p> : <ErrorNotice error={error} />}
        <p className="mt-4">
          <Link className="text-brand-700 underline" to="/">
            Go to the home screen
          </Link>
        </p>
      </Page>
    </main>
  );
}
