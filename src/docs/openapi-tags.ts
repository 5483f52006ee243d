import type { OpenAPIObject } from '@nestjs/swagger';

/** What each group of operations is about (the tags of the OpenAPI document). */
const TAG_DESCRIPTIONS: Record<string, string> = {
  auth: 'Accounts, sign-in (email, Google, 42), tokens, sessions and linked sign-in methods.',
  users: 'Your profile, other users’ profiles as their privacy allows, avatars.',
  friends: 'Friend requests and friendships.',
  invitations: 'Your inbox of invitations to events and playlists.',
  events: 'Events: live track voting, queue, playback, members and delegation.',
  playlists: 'Collaborative playlists: tracks in a shared order, members, licences.',
  music: 'Track search across providers, track details and bundled audio.',
  billing: 'The premium plan and its payment provider.',
  health: 'Liveness and readiness probes.',
  dev: 'Development helpers, absent in production.',
};

/** Declares every tag the operations use, with its description, in a stable order. */
export function applyTags(document: OpenAPIObject): void {
  const used = new Set(Object.values(document.paths).flatMap((item) => Object.values(item).flatMap((op: { tags?: string[] }) => op.tags ?? [])));
  document.tags = [...used].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? `Operations on ${name}.` }));
}
