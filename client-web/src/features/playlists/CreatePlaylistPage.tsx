import { useNavigate } from 'react-router';
import { Page } from '../../ui/Page';
import { useCreatePlaylist } from './api';
import { PlaylistForm } from './PlaylistForm';
import { emptyPlaylistForm } from './playlist-form';

export function CreatePlaylistPage() {
  const create = useCreatePlaylist();
  const navigate = useNavigate();
  return (
    <Page title="New playlist" narrow>
      <PlaylistForm
        defaultValues={emptyPlaylistForm}
        submitLabel="Create the playlist"
        busy={create.isPending}
        error={create.error}
        onSubmit={(body, setError) => create.mutate(body, { onSuccess: (p) => void navigate(`/playlists/${p.id}`), onError: setError })}
      />
    </Page>
  );
}
