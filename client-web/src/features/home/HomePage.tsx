import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../session/use-me';
import { Page, Section } from '../../ui/Page';
import { useInvitations } from '../invitations/api';
import { useFriendRequests, useFriends } from '../people/api';

function Stat({ to, label, value }: { to: string; label: string; value: number | undefined }) {
  return (
    <Link to={to} className="flex flex-col rounded-xl border border-zinc-200 bg-white p-4 shadow-sm hover:border-brand-600">
      <span className="text-3xl font-bold text-brand-800">{value ?? '–'}</span>
      <span className="text-sm text-zinc-700">{label}</span>
    </Link>
  );
}

export function HomePage() {
  const [params] = useSearchParams();
  const me = useMe().data;
  const friends = useFriends().data?.items.length;
  const requests = useFriendRequests('incoming').data?.items.length;
  const invitations = useInvitations().data?.items.length;
  return (
    <Page title={me ? `Hello, ${me.displayName}` : 'Home'}>
      {params.get('welcome') && (
        <p role="status" className="mb-4 rounded-lg bg-emerald-50 p-3 text-emerald-900">
          Your email is confirmed. Welcome to MusicRoom!
        </p>
      )}
      {params.get('billing') === 'success' && (
        <p role="status" className="mb-4 rounded-lg bg-emerald-50 p-3 text-emerald-900">
          Thank you! Your Premium plan is active as soon as the payment is confirmed.
        </p>
      )}
      {params.get('billing') === 'cancelled' && (
        <p role="status" className="mb-4 rounded-lg bg-amber-50 p-3 text-amber-900">
          The checkout was cancelled: nothing was charged and your plan is unchanged.
        </p>
      )}
      <div className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat to="/people" label="Friends" value={friends} />
        <Stat to="/people#incoming-heading" label="Friend requests" value={requests} />
        <Stat to="/invitations" label="Invitations" value={invitations} />
      </div>
      <Section title="Get started">
        <ul className="list-inside list-disc space-y-1 text-zinc-800">
          <li>
            <Link className="text-brand-700 underline" to="/profile">
              Complete your profile
            </Link>{' '}
            and choose who sees each part of it.
          </li>
          <li>
            <Link className="text-brand-700 underline" to="/people">
              Find friends
            </Link>{' '}
            to share events and playlists with.
          </li>
          <li>
            <Link className="text-brand-700 underline" to="/account">
              Manage your account
            </Link>
            : sign-in methods, devices and plan.
          </li>
        </ul>
      </Section>
    </Page>
  );
}
