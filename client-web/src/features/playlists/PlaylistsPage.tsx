import { Link, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page } from '../../ui/Page';
import { ScopeTabs } from '../../ui/ScopeTabs';
import { usePlaylists, type PlaylistScope, type PlaylistSummary } from './api';

const scopes: Array<{ value: PlaylistScope; label: string; listName: string; empty: string }> = [
  { value: 'public', label: 'Public', listName: 'Public playlists', empty: 'No public playlists yet. Start one and let people add to it.' },
  { value: 'mine', label: 'Mine', listName: 'My playlists', empty: 'You have not created a playlist yet.' },
  { value: 'shared', label: 'Shared', listName: 'Playlists shared with me', empty: 'Nobody has made you a member of their playlist yet.' },
];

const isScope = (value: string | null): value is PlaylistScope => scopes.some((s) => s.value === value);

/** The playlists the person can see, by scope (kept in the URL, like the events list). */
export function PlaylistsPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('scope');
  const scope: PlaylistScope = isScope(requested) ? requested : 'public';
  const playlists = usePlaylists(scope);
  const items = playlists.data?.items ?? [];
  const current = scopes.find((s) => s.value === scope) ?? scopes[0]!;
  return (
    <Page title="Playlists">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <ScopeTabs label="Which playlists" scopes={scopes} current={scope} onChange={(value) => setParams({ scope: value })} />
        <Link to="/playlists/new" className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">
          New playlist
        </Link>
      </div>
      <ErrorNotice error={playlists.error} className="mb-3" />
      {playlists.isSuccess && items.length === 0 && <p className="text-zinc-700">{current.empty}</p>}
      <ul aria-label={current.listName} className="flex flex-col gap-3">
        {items.map((playlist) => (
          <PlaylistCard key={playlist.id} playlist={playlist} />
        ))}
      </ul>
    </Page>
  );
}

function PlaylistCard({ playlist }: { playlist: PlaylistSummary }) {
  return (
    <li className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
      <p className="font-semibold">
        <Link to={`/playlists/${playlist.id}`} className="text-brand-700 underline-offset-2 hover:underline">
          {playlist.name}
        </Link>
      </p>
      <p className="text-sm text-zinc-700">
        By {playlist.owner.displayName} · {playlist.visibility === 'public' ? 'Public' : 'Private'} ·{' '}
        {playlist.editLicense === 'everyone' ? 'anyone can edit' : 'members edit'} · {playlist.trackCount}{' '}
        {playlist.trackCount === 1 ? 'track' : 'tracks'}
        {playlist.myRole ? ` · you are ${playlist.myRole}` : ''}
      </p>
      {playlist.description && <p className="mt-1 text-sm text-zinc-800">{playlist.description}</p>}
    </li>
  );
}
