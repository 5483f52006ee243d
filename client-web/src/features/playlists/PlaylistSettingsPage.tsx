import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page, Section } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import { useDeletePlaylist, usePlaylist, useUpdatePlaylist } from './api';
import { PlaylistForm } from './PlaylistForm';
import { playlistFormValues } from './playlist-form';

/** The owner changes a playlist's settings, or deletes it. */
export function PlaylistSettingsPage() {
  const { id = '' } = useParams();
  const playlist = usePlaylist(id);
  const update = useUpdatePlaylist(id);
  const remove = useDeletePlaylist(id);
  const navigate = useNavigate();
  const toast = useToast();
  if (playlist.isPending) return <Page title="Playlist settings">Loading the playlist…</Page>;
  if (playlist.isError) {
    return (
      <Page title="Playlist settings">
        <ErrorNotice error={playlist.error} />
      </Page>
    );
  }
  const p = playlist.data;
  const back = (
    <Link to={`/playlists/${id}`} className="mb-4 inline-block text-brand-700 underline">
      Back to {p.name}
    </Link>
  );
  if (p.myRole !== 'owner') {
    return (
      <Page title="Playlist settings" narrow>
        {back}
        <p className="text-zinc-700">Only the owner, {p.owner.displayName}, can change this playlist’s settings.</p>
      </Page>
    );
  }
  return (
    <Page title="Playlist settings" narrow>
      {back}
      <PlaylistForm
        // A new version (someone's frame) resets the form to what is saved now.
        key={p.updatedAt}
        defaultValues={playlistFormValues(p)}
        submitLabel="Save the settings"
        busy={update.isPending}
        error={update.error}
        onSubmit={(body, setError) =>
          update.mutate(body, {
            onSuccess: () => {
              toast.show('Settings saved.', 'success');
              void navigate(`/playlists/${id}`);
            },
            onError: setError,
          })
        }
      />
      <div className="mt-8">
        <Section title="Delete the playlist">
          <p className="mb-3 text-sm text-zinc-700">Its tracks and members go with it; people editing it are told.</p>
          <ErrorNotice error={remove.error} className="mb-3" />
          <Button
            variant="danger"
            busy={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete “${p.name}” for everyone?`)) remove.mutate(undefined, { onSuccess: () => void navigate('/playlists', { replace: true }) });
            }}
          >
            Delete the playlist
          </Button>
        </Section>
      </div>
    </Page>
  );
}
