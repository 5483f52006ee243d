import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * Summary and description of operations whose controller does not give them (`@ApiOperation` wins), by
 * "METHOD /path" as in the document. Spectral lists the operations still without a description.
 */
const OPERATION_DOCS: Record<string, [summary: string, description: string]> = {
  'GET /api/dev/mails': ['Mails sent by this server (development only)', 'The outbox of the development mail catcher, newest first; absent in production.'],
  'GET /api/health': ['Liveness', 'Answers `{ status: "ok" }` while the process runs. Never logged.'],
  'GET /api/health/ready': ['Readiness', 'Checks the database (and Redis when configured); 503 SERVICE_UNAVAILABLE names the failing check.'],
  'GET /api/users/me': ['Your profile', 'Every field of your own profile, your plan, billing provider and the features it unlocks.'],
  'PATCH /api/users/me': ['Update your profile', 'Changes the fields sent, with their per-field visibility; absent fields stay as they are.'],
  'PUT /api/users/me/avatar': ['Upload an avatar', 'A PNG, JPEG or WebP image as the multipart field `file`; stored as a 512×512 WebP without its metadata.'],
  'DELETE /api/users/me/avatar': ['Reset your avatar', 'Back to the generated default avatar.'],
  'POST /api/users/me/avatar/generate': ['Generate an avatar (premium)', 'Generates an avatar from a prompt with the AI provider; premium only, within a daily quota.'],
  'GET /api/users': ['Search users', 'Public profiles whose display name starts with `search`, a page at a time.'],
  'GET /api/users/{id}': ['A user’s profile', 'The fields their visibility settings let you see (public, friends, private).'],
  'GET /api/users/{id}/avatar': ['A user’s avatar image', 'The image itself, or 404 when their avatar is private to you.'],
  'GET /api/friends': ['Your friends', 'Your friends as user cards, a page at a time.'],
  'GET /api/friends/requests': ['Pending friend requests', 'Requests you received and sent that are still pending.'],
  'POST /api/friends/requests': ['Ask someone to be your friend', 'A repeated request is the same request; a crossed request makes you friends at once.'],
  'POST /api/friends/requests/{id}/accept': ['Accept a friend request', 'You become friends; the requester is notified in realtime.'],
  'POST /api/friends/requests/{id}/decline': ['Decline a friend request', 'The request is gone; the requester is not told.'],
  'DELETE /api/friends/requests/{id}': ['Cancel a friend request you sent', 'The request is gone.'],
  'DELETE /api/friends/{userId}': ['End a friendship', 'Also ends the playback delegations between you.'],
  'POST /api/auth/register': ['Sign up with email and password', 'Creates the account and mails a verification link; the answer is the same whether the address was free or not.'],
  'POST /api/auth/verify-email': ['Verify your email address', 'With the token from the verification mail.'],
  'POST /api/auth/resend-verification': ['Mail the verification link again', 'Answers the same whether the address exists or not.'],
  'POST /api/auth/login': ['Sign in with email and password', 'Creates a session (one device) and returns its tokens; repeated failures lock the account for a while.'],
  'POST /api/auth/refresh': ['Refresh the tokens', 'Rotates the refresh token; reusing an old one ends the session.'],
  'POST /api/auth/logout': ['Sign out this device', 'Ends the session: its tokens stop working and its sockets are disconnected.'],
  'POST /api/auth/forgot-password': ['Mail a password reset link', 'Answers the same whether the address exists or not.'],
  'POST /api/auth/reset-password': ['Set a new password with a reset token', 'Ends every session of the account.'],
  'POST /api/auth/change-password': ['Change your password', 'With your current password; ends your other sessions.'],
  'GET /api/auth/providers': ['Sign-in providers configured here', 'The OAuth providers this server can use, so clients show only the buttons that work.'],
  'GET /api/auth/oauth/{provider}': ['Start an OAuth sign-in', 'Redirects to the provider; `redirectUri` must be on the allow-list, `linkTicket` starts a linking flow.'],
  'GET /api/auth/oauth/{provider}/callback': ['OAuth callback', 'The provider returns here; redirects to `redirectUri` with a one-time `code` (or `error`).'],
  'POST /api/auth/oauth/exchange': ['Exchange the OAuth one-time code', 'Turns the code from the callback redirect into a session; single use, valid 60 s.'],
  'POST /api/auth/oauth/{provider}/link': ['Start linking a provider', 'Returns the URL that links that provider’s account to yours.'],
  'POST /api/auth/oauth/link/confirm': ['Confirm linking a provider', 'With the `linkCode` the linking flow returned; the link happens only now.'],
  'GET /api/auth/identities': ['Your sign-in methods', 'The providers (and password) you can sign in with.'],
  'DELETE /api/auth/identities/{provider}': ['Remove a sign-in method', 'Refused (409) for the last one.'],
  'GET /api/music/providers': ['Music providers enabled here', 'The catalogues this server can search.'],
  'GET /api/music/search': ['Search tracks', 'Searches one provider (the bundled catalogue by default); 503 PROVIDER_UNAVAILABLE when it is down.'],
  'GET /api/music/tracks/{provider}/{providerTrackId}': ['One track', 'Fresh from its provider; 404 when unknown.'],
  'GET /api/music/audio/{file}': [
    'Audio of the bundled catalogue',
    'The full-length audio of a bundled track (its previewUrl): generated from the track id on the first request (which can take a few seconds), then served from disk. Supports Range requests (206; 416 outside the file) and If-None-Match (304).',
  ],
  'GET /api/invitations': ['Your invitations', 'Pending invitations to events and playlists, a page at a time.'],
  'POST /api/invitations/{id}/accept': ['Accept an invitation', 'You join the event or playlist with the role offered.'],
  'POST /api/invitations/{id}/decline': ['Decline an invitation', 'The inviter is not told.'],
  'POST /api/events': ['Create an event', 'You become its owner. Visibility, vote licence, area and time window are optional.'],
  'GET /api/events': ['List events', 'Events you may see, a page at a time.'],
  'GET /api/events/{id}': ['One event', 'Settings, queue (score order), now playing, your role and whether you may vote now.'],
  'PATCH /api/events/{id}': ['Change an event’s settings', 'Owner or hosts; broadcasts `event.updated`.'],
  'DELETE /api/events/{id}': ['Delete an event', 'Owner only; subscribers receive `event.deleted` and leave the room.'],
  'POST /api/events/{id}/invitations': ['Invite someone to an event', 'Owner or hosts; as guest or host (only the owner invites hosts).'],
  'POST /api/events/{id}/join': ['Join a public event as a listener', 'Listeners may vote when the licence allows everyone.'],
  'POST /api/events/{id}/leave': ['Leave an event', 'You are no longer a listener or guest.'],
  'POST /api/events/{id}/tracks': ['Propose a track', 'Adds it to the queue with score 0, within your proposal limit and the vote licence.'],
  'DELETE /api/events/{id}/tracks/{entryId}': ['Remove a proposed track', 'By its proposer or a host; a playing track is skipped with `next` instead.'],
  'PUT /api/events/{id}/tracks/{entryId}/vote': ['Vote for a track', 'One vote per user and entry; a geo-fenced event needs your location.'],
  'DELETE /api/events/{id}/tracks/{entryId}/vote': ['Withdraw your vote', 'The score goes down by one if you had voted.'],
  'POST /api/events/{id}/history/export': ['Export the history as a playlist', 'A new private playlist of the tracks played, in order.'],
  'GET /api/events/by-code/{code}': ['Find an event by its join code', 'A preview of the event the code (or QR code) names, before joining it.'],
  'POST /api/events/by-code/{code}/join': ['Join an event by its join code', 'Joins the event the code names, as a listener.'],
  'POST /api/events/{id}/code': ['New join code', 'Owner or hosts: replaces the event’s join code; the old one stops working.'],
  'GET /api/events/{id}/qr.svg': ['Join QR code', 'An SVG QR code of the link that joins the event.'],
  'GET /api/events/{id}/playback/skip-vote': ['Skip vote status', 'How many listeners asked to skip the playing track, and the threshold.'],
  'PUT /api/events/{id}/playback/skip-vote': ['Vote to skip the playing track', 'The track is skipped once the votes reach the event’s skip threshold.'],
  'DELETE /api/events/{id}/playback/skip-vote': ['Withdraw your skip vote', 'For the track playing now.'],
  'POST /api/events/{id}/tracks/import': ['Import a playlist into the queue', 'Proposes the playlist’s tracks, within the proposal limits.'],
  'POST /api/playlists': ['Create a playlist', 'You become its owner; everyone may edit it unless you choose otherwise.'],
  'GET /api/playlists': ['List playlists', '`scope=public|mine|shared`, a page at a time.'],
  'GET /api/playlists/{id}': ['One playlist', 'Metadata, members and tracks in their shared order.'],
  'PATCH /api/playlists/{id}': ['Change a playlist’s metadata', 'Owner only; `If-Match` guards against lost updates.'],
  'DELETE /api/playlists/{id}': ['Delete a playlist', 'Owner only; subscribers receive `playlist.deleted`.'],
  'POST /api/playlists/{id}/invitations': ['Invite someone to edit a playlist', 'Owner only.'],
  'DELETE /api/playlists/{id}/members/{userId}': ['Remove a playlist member', 'Owner, or the member themselves; their sockets leave the room.'],
  'POST /api/playlists/{id}/tracks': ['Add a track to a playlist', 'At the end, or between two entries; within the playlist’s size limit.'],
  'PATCH /api/playlists/{id}/tracks/{entryId}': ['Move a track', 'Between two neighbours; concurrent moves never lose a track.'],
  'DELETE /api/playlists/{id}/tracks/{entryId}': ['Remove a track from a playlist', 'Broadcasts `playlist.track_removed`.'],
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Fills the summary and description an operation lacks from the table above. */
export function applyOperationDocs(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      const docs = OPERATION_DOCS[`${method.toUpperCase()} ${path}`];
      if (!operation || !docs) continue;
      operation.summary ??= docs[0];
      operation.description ??= docs[1];
    }
  }
}
