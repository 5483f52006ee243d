import { Link } from 'react-router';
import { Page } from '../ui/Page';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p className="mb-4">There is nothing at this address.</p>
      <Link className="text-brand-700 underline" to="/">
        Go to the home screen
      </Link>
    </Page>
  );
}
