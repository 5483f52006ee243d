import { useParams } from 'react-router';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page } from '../../ui/Page';
import { useProfile, useSendFriendRequest } from './api';

const relationText = { self: 'This is you', friend: 'Friend', stranger: 'Not a friend yet' } as const;

/** Another person's profile: the server sends only the fields they let me see; hidden ones are simply absent. */
export function PublicProfilePage() {
  const { userId = '' } = useParams();
  const profile = useProfile(userId);
  const send = useSendFriendRequest();
  const p = profile.data;
  const prefs = p?.musicPreferences;
  return (
    <Page title={p?.displayName ?? 'Profile'}>
      <ErrorNotice error={profile.error} />
      {p && (
        <article className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
          <div className="mb-4 flex items-center gap-4">
            {p.avatarUrl && <Avatar userId={p.id} size="md" />}
            <p className="text-sm text-zinc-700" data-testid="relation">
              {relationText[p.relation]}
            </p>
          </div>
          <dl className="grid gap-3">
            {p.bio != null && (
              <div>
                <dt className="text-sm font-semibold text-zinc-700">Bio</dt>
                <dd data-testid="profile-bio">{p.bio}</dd>
              </div>
            )}
            {p.location != null && (
              <div>
                <dt className="text-sm font-semibold text-zinc-700">Location</dt>
                <dd>{p.location}</dd>
              </div>
            )}
            {prefs && (prefs.genres.length > 0 || prefs.artists.length > 0) && (
              <div>
                <dt className="text-sm font-semibold text-zinc-700">Music</dt>
                <dd>{[...prefs.genres, ...prefs.artists].join(', ')}</dd>
              </div>
            )}
          </dl>
          {p.relation === 'stranger' && (
            <div className="mt-4">
              <Button busy={send.isPending} disabled={send.isSuccess} onClick={() => send.mutate(p.id)}>
                {send.isSuccess ? 'Friend request sent' : 'Add friend'}
              </Button>
              <ErrorNotice error={send.error} className="mt-2" />
            </div>
          )}
        </article>
      )}
    </Page>
  );
}
