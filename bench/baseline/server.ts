import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Server } from 'socket.io';

/**
 * The baseline: a bare Socket.IO 4.8 server that answers the same vote requests and broadcasts the same
 * `queue.vote_changed` frame, with no database, auth or validation. MusicRoom's figures are reported as
 * ratios to it, measured in the same run on the same machine.
 */
const scores = new Map<string, Set<string>>();
const versions = new Map<string, number>();

const VOTE_PATH = /^\/api\/events\/([\w-]+)\/tracks\/([\w-]+)\/vote$/;
const EVENT_PATH = /^\/api\/events\/([\w-]+)$/;
/** An event body of the size MusicRoom answers for a room with a short queue, serialised per request. */
const sampleEvent = (id: string) => ({
  id,
  name: 'Bench room',
  description: null,
  visibility: 'public',
  voteLicense: 'everyone',
  geo: null,
  window: null,
  owner: { id, displayName: 'owner', avatarUrl: `/api/users/${id}/avatar` },
  myRole: null,
  canVote: true,
  queue: Array.from({ length: 5 }, (_, i) => ({
    id: `${id.slice(0, -1)}${i}`,
    track: { provider: 'bundled', providerTrackId: `track-${i}`, title: `Track ${i}`, artist: 'Artist', durationMs: 125_000 },
    proposedBy: { id, displayName: 'voter', avatarUrl: null },
    score: i,
    votedByMe: false,
    proposedAt: new Date().toISOString(),
  })),
  nowPlaying: null,
  version: versions.get(`event:${id}`) ?? 0,
});

const http = createServer((req: IncomingMessage, res: ServerResponse) => {
  if (req.url === '/api/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  const event = EVENT_PATH.exec(req.url ?? '');
  if (event && req.method === 'GET') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(sampleEvent(event[1])));
  const match = VOTE_PATH.exec(req.url ?? '');
  if (!match || (req.method !== 'PUT' && req.method !== 'DELETE')) return void res.writeHead(404).end();
  req.resume();
  req.on('end', () => {
    const [, eventId, entryId] = match;
    const voter = req.headers.authorization ?? 'anonymous';
    const voters = scores.get(entryId) ?? new Set<string>();
    scores.set(entryId, voters);
    if (req.method === 'PUT') voters.add(voter);
    else voters.delete(voter);
    const room = `event:${eventId}`;
    const version = (versions.get(room) ?? 0) + 1;
    versions.set(room, version);
    io.to(room).emit('queue.vote_changed', { room, version, at: new Date().toISOString(), entryId, score: voters.size });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ score: voters.size, votedByMe: req.method === 'PUT' }));
  });
});

const io = new Server(http, { serveClient: false, transports: ['websocket', 'polling'] });
io.on('connection', (socket) => {
  socket.on('subscribe', (body: { room?: string }, ack?: (value: unknown) => void) => {
    const room = typeof body?.room === 'string' ? body.room : '';
    void socket.join(room);
    ack?.({ ok: true, version: versions.get(room) ?? 0 });
  });
});

http.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
process.once('SIGTERM', () => {
  void io.close();
  http.close(() => process.exit(0));
});
