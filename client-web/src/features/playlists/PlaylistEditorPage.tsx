import { useIsMutating } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { asApiError } from '../../api/errors';
import { MusicSearch } from '../music/MusicSearch';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page, Section } from '../../ui/Page';
import { playlistKeys, usePlaylist } from './api';
import { usePlaylistEdits } from './edits';
import { MembersPanel } from './MembersPanel';
import type { Playlist } from './playlist-cache';
import { usePlaylistPlayer } from './playlist-player';
import { PlaylistPlayer } from './PlaylistPlayer';
import { planMove } from './reorder';
import { TrackList } from './TrackList';
import { usePlaylistLive } from './use-playlist-live';

export function PlaylistEditorPage() {
  const { id = '' } = useParams();
  const playlist = usePlaylist(id);
  const announcement = usePlaylistLive(id);
  if (playlist.isPending) return <Page title="Playlist">Loading the playlist…</Page>;
  if (playlist.isError) {
    const missing = asApiError(playlist.error).status === 404;
    return (
      <Page title={missing ? 'Playlist not found' : 'Playlist'}>
        {missing ? <p className="text-zinc-700">This playlist does not exist, or it is private and you are not a member.</p> : <ErrorNotice error={playlist.error} />}
        <Link to="/playlists" className="mt-3 inline-block text-brand-700 underline">
          Back to playlists
        </Link>
      </Page>
    );
  }
  return <Editor playlist={playlist.data} announcement={announcement} />;
}

function Editor({ playlist, announcement }: { playlist: Playlist; announcement: string }) {
  const edits = usePlaylistEdits(playlist.id);
  const writing = useIsMutating({ mutationKey: playlistKeys.writes(playlist.id) }) > 0;
  const player = usePlaylistPlayer(playlist.tracks);
  const onMove = (activeId: string, overId: string) => {
    const plan = planMove(playlist.tracks, activeId, overId);
    if (plan) edits.move.mutate({ ...plan, basedOn: playlist.version });
  };
  return (
    <Page title={playlist.name}>
      <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="playlist-announcer">
        {announcement}
      </p>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-zinc-700">
          By {playlist.owner.displayName} · {playlist.visibility === 'public' ? 'Public' : 'Private'} ·{' '}
          {playlist.editLicense === 'everyone' ? 'anyone who can open it edits' : 'only members edit'} · {playlist.tracks.length}{' '}
          {playlist.tracks.length === 1 ? 'track' : 'tracks'}
          {playlist.myRole ? ` · you are ${playlist.myRole}` : ''}
        </p>
        {playlist.myRole === 'owner' && (
          <Link to={`/playlists/${playlist.id}/settings`} className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">
            Playlist settings
          </Link>
        )}
      </div>
      {playlist.description && <p className="mb-3 text-zinc-800">{playlist.description}</p>}
      {edits.problem && (
        <div className="mb-3 flex items-start gap-2">
          <div className="flex-1">
            {edits.problem.text ? (
              <p role="alert" data-testid="edit-conflict" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
                {edits.problem.text}
              </p>
            ) : (
              <ErrorNotice error={edits.problem.error} />
            )}
          </div>
          <Button variant="ghost" onClick={edits.dismissProblem}>
            Dismiss<span className="sr-only"> the message</span>
          </Button>
        </div>
      )}
      <Section title="Player">
        <PlaylistPlayer player={player} empty={playlist.tracks.length === 0} />
      </Section>
      <Section title="Tracks">
        {!playlist.canEdit && <p className="mb-2 text-sm text-zinc-700">You can listen, but only the owner and invited members edit this playlist.</p>}
        <TrackList
          entries={playlist.tracks}
          canEdit={playlist.canEdit}
          busy={writing}
          currentEntryId={player.currentId}
          onMove={onMove}
          onRemove={(entry) => edits.remove.mutate(entry.id)}
          onPlay={player.playEntry}
        />
      </Section>
      {playlist.canEdit && (
        <Section title="Add tracks">
          <MusicSearch actionLabel="Add" onPick={(track) => edits.add.mutate(track)} busyTrack={edits.add.isPending ? edits.add.variables : undefined} />
        </Section>
      )}
      <Section title="Members">
        <MembersPanel playlist={playlist} />
      </Section>
    </Page>
  );
}
