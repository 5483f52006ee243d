import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { playlistKeys, usePlaylist } from './api';
import { usePlaylistEdits } from './edits';
import type { Playlist, PlaylistEntry } from './playlist-cache';
import { planMove } from './reorder';

const at = '2030-01-01T00:00:00.000Z';
const entry = (id: string, position: string): PlaylistEntry => ({
  id,
  position,
  addedAt: at,
  addedBy: null,
  track: { provider: 'bundled', providerTrackId: `t-${id}`, title: `Song ${id}`, artist: 'Band', durationMs: 1000 },
});
const start = { id: 'p1', version: 7, tracks: [entry('a', 'a0'), entry('b', 'a1'), entry('c', 'a2')] } as Playlist;
const order = (client: QueryClient) => client.getQueryData<Playlist>(playlistKeys.detail('p1'))?.tracks.map((e) => e.id);

/** The server, as fetch sees it: records each request and answers with the given response. */
function serve(answer: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', (input: Request) => {
    requests.push(input);
    return Promise.resolve(answer(input));
  });
  return requests;
}
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(playlistKeys.detail('p1'), start);
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  // The editor watches the playlist while it edits it (so a refetch happens when the edits ask for one).
  const view = renderHook(
    () => {
      usePlaylist('p1');
      return usePlaylistEdits('p1');
    },
    { wrapper },
  );
  return { client, ...view };
}

afterEach(() => vi.unstubAllGlobals());

describe('moving a track in the editor', () => {
  it('shows the move at once and sends it with the version the person saw', async () => {
    const requests = serve(() => json(200, { ...entry('c', 'Zz'), position: 'Zz' }));
    const { client, result } = setup();
    const plan = planMove(start.tracks, 'c', 'a')!;
    act(() => result.current.move.mutate({ ...plan, basedOn: 7 }));
    await waitFor(() => expect(order(client)).toEqual(['c', 'a', 'b']));
    await waitFor(() => expect(requests).toHaveLength(1));
    const sent = requests[0]!;
    expect(sent.method).toBe('PATCH');
    expect(new URL(sent.url).pathname).toBe('/api/playlists/p1/tracks/c');
    expect(sent.headers.get('If-Match')).toBe('7');
    expect(await sent.json()).toEqual({ afterEntryId: null });
    // Its own frame brings the server's position: the move is done.
    act(() => {
      client.setQueryData<Playlist>(playlistKeys.detail('p1'), (p) => p && { ...p, version: 8, tracks: p.tracks.map((e) => (e.id === 'c' ? { ...e, position: 'Zz' } : e)) });
    });
    await waitFor(() => expect(result.current.move.isSuccess).toBe(true));
    expect(result.current.problem).toBeNull();
  });

  it('on VERSION_CONFLICT puts the order back, reads the playlist again and explains why', async () => {
    let answerGet: (response: Response) => void = () => undefined;
    const requests = serve((request) =>
      request.method === 'PATCH'
        ? json(409, { code: 'VERSION_CONFLICT', message: 'The playlist changed since you loaded it; reload and try again.', details: { currentVersion: 8 } })
        : new Promise<Response>((resolve) => (answerGet = resolve)),
    );
    const { client, result } = setup();
    act(() => result.current.move.mutate({ ...planMove(start.tracks, 'a', 'c')!, basedOn: 7 }));
    await waitFor(() => expect(result.current.move.isError).toBe(true));
    expect(result.current.problem?.text).toMatch(/^Someone changed the playlist while you were moving a track, so your change was not made\./);
    // Rolled back at once, while the playlist is read again …
    expect(order(client)).toEqual(['a', 'b', 'c']);
    await waitFor(() => expect(requests.map((r) => r.method)).toEqual(['PATCH', 'GET']));
    // … which brings the order the server has now.
    act(() => answerGet(json(200, { ...start, version: 8, tracks: [entry('b', 'Zz'), ...start.tracks.filter((e) => e.id !== 'b')] })));
    await waitFor(() => expect(order(client)).toEqual(['b', 'a', 'c']));
  });
});
