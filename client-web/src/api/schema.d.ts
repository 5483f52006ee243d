// Generated from openapi.json by `npm run api:generate` (openapi-typescript). Do not edit.
export interface paths {
    "/api/dev/mails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mails sent by this server (development only)
         * @description The outbox of the development mail catcher, newest first; absent in production.
         */
        get: operations["DevMails_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers `{ status: "ok" }` while the process runs. Never logged.
         */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Checks the database (and Redis when configured); 503 SERVICE_UNAVAILABLE names the failing check.
         */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your profile
         * @description Every field of your own profile, your plan, billing provider and the features it unlocks.
         */
        get: operations["Users_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update your profile
         * @description Changes the fields sent, with their per-field visibility; absent fields stay as they are.
         */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/users/me/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload an avatar
         * @description A PNG, JPEG or WebP image as the multipart field `file`; stored as a 512×512 WebP without its metadata.
         */
        put: operations["Users_uploadAvatar"];
        post?: never;
        /**
         * Reset your avatar
         * @description Back to the generated default avatar.
         */
        delete: operations["Users_resetAvatar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me/avatar/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an avatar (premium)
         * @description Generates an avatar from a prompt with the AI provider; premium only, within a daily quota.
         */
        post: operations["Users_generateAvatar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search users
         * @description Public profiles whose display name starts with `search`, a page at a time.
         */
        get: operations["Users_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user’s profile
         * @description The fields their visibility settings let you see (public, friends, private).
         */
        get: operations["Users_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/avatar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user’s avatar image
         * @description The image itself, or 404 when their avatar is private to you.
         */
        get: operations["Users_avatar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/friends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your friends
         * @description Your friends as user cards, a page at a time.
         */
        get: operations["Friends_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/friends/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending friend requests
         * @description Requests you received and sent that are still pending.
         */
        get: operations["Friends_requests"];
        put?: never;
        /**
         * Ask someone to be your friend
         * @description A repeated request is the same request; a crossed request makes you friends at once.
         */
        post: operations["Friends_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/friends/requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a friend request
         * @description You become friends; the requester is notified in realtime.
         */
        post: operations["Friends_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/friends/requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a friend request
         * @description The request is gone; the requester is not told.
         */
        post: operations["Friends_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/friends/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a friend request you sent
         * @description The request is gone.
         */
        delete: operations["Friends_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/friends/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End a friendship
         * @description Also ends the playback delegations between you.
         */
        delete: operations["Friends_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe to premium
         * @description A Stripe Checkout Session for the premium price: send the user to `url`. In test mode (no STRIPE_SECRET_KEY, not production) the plan switches to premium at once and `url` is null.
         */
        post: operations["Billing_checkout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Manage or cancel the subscription
         * @description A Stripe Customer Portal session: send the user to `url`. In test mode the plan switches back to free at once and `url` is null.
         */
        post: operations["Billing_portal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/stripe/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe webhook
         * @description Verified with the Stripe SDK on the raw body. Handles checkout.session.completed, customer.subscription.updated and customer.subscription.deleted; idempotent by event id; an event older than the state already applied changes nothing.
         */
        post: operations["Billing_stripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up with email and password
         * @description Creates the account and mails a verification link; the answer is the same whether the address was free or not.
         */
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify your email address
         * @description With the token from the verification mail.
         */
        post: operations["Auth_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail the verification link again
         * @description Answers the same whether the address exists or not.
         */
        post: operations["Auth_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Creates a session (one device) and returns its tokens; repeated failures lock the account for a while.
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the tokens
         * @description Rotates the refresh token; reusing an old one ends the session.
         */
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out this device
         * @description Ends the session: its tokens stop working and its sockets are disconnected.
         */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password reset link
         * @description Answers the same whether the address exists or not.
         */
        post: operations["Auth_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset token
         * @description Ends every session of the account.
         */
        post: operations["Auth_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description With your current password; ends your other sessions.
         */
        post: operations["Auth_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign-in providers configured here
         * @description The OAuth providers this server can use, so clients show only the buttons that work.
         */
        get: operations["OAuth_listProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oauth/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start an OAuth sign-in
         * @description Redirects to the provider; `redirectUri` must be on the allow-list, `linkTicket` starts a linking flow.
         */
        get: operations["OAuth_start"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oauth/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OAuth callback
         * @description The provider returns here; redirects to `redirectUri` with a one-time `code` (or `error`).
         */
        get: operations["OAuth_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oauth/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange the OAuth one-time code
         * @description Turns the code from the callback redirect into a session; single use, valid 60 s.
         */
        post: operations["OAuth_exchange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oauth/{provider}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start linking a provider
         * @description Returns the URL that links that provider’s account to yours.
         */
        post: operations["OAuth_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oauth/link/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm linking a provider
         * @description With the `linkCode` the linking flow returned; the link happens only now.
         */
        post: operations["OAuth_confirmLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your sign-in methods
         * @description The providers (and password) you can sign in with.
         */
        get: operations["OAuth_listIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/identities/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a sign-in method
         * @description Refused (409) for the last one.
         */
        delete: operations["OAuth_unlink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My signed-in devices
         * @description Live sessions, most recently seen first; `current` marks the calling device.
         */
        get: operations["Sessions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign a device out
         * @description Its access and refresh tokens stop working at once, its sockets get `session.ended` and are disconnected, and delegation grants bound to it end.
         */
        delete: operations["Sessions_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign every other device out
         * @description The calling device stays signed in.
         */
        post: operations["Sessions_revokeOthers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/music/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Music providers enabled on this server
         * @description The catalogues this server can search.
         */
        get: operations["Music_providers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/music/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search one provider (the bundled catalogue by default); 503 PROVIDER_UNAVAILABLE when it is down
         * @description Searches one provider (the bundled catalogue by default); 503 PROVIDER_UNAVAILABLE when it is down.
         */
        get: operations["Music_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/music/tracks/{provider}/{providerTrackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One track, fresh from its provider; 404 when unknown
         * @description Fresh from its provider; 404 when unknown.
         */
        get: operations["Music_track"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/music/audio/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Full-length audio of a bundled catalogue track (generated, CC0); supports Range requests
         * @description The full-length audio of a bundled track (its previewUrl): generated from the track id on the first request (which can take a few seconds), then served from disk. Supports Range requests (206; 416 outside the file) and If-None-Match (304).
         */
        get: operations["BundledAudio_serve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your invitations
         * @description Pending invitations to events and playlists, a page at a time.
         */
        get: operations["Invitations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description You join the event or playlist with the role offered.
         */
        post: operations["Invitations_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an invitation
         * @description The inviter is not told.
         */
        post: operations["Invitations_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/by-code/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find an event by its join code
         * @description A preview of the event the code (or QR code) names, before joining it.
         */
        get: operations["Party_byCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/by-code/{code}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join an event by its join code
         * @description Joins the event the code names, as a listener.
         */
        post: operations["Party_joinByCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New join code
         * @description Owner or hosts: replaces the event’s join code; the old one stops working.
         */
        post: operations["Party_regenerateCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Join QR code
         * @description An SVG QR code of the link that joins the event.
         */
        get: operations["Party_qr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/playback/skip-vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Skip vote status
         * @description How many listeners asked to skip the playing track, and the threshold.
         */
        get: operations["Party_skipVotes"];
        /**
         * Vote to skip the playing track
         * @description The track is skipped once the votes reach the event’s skip threshold.
         */
        put: operations["Party_voteSkip"];
        post?: never;
        /**
         * Withdraw your skip vote
         * @description For the track playing now.
         */
        delete: operations["Party_unvoteSkip"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/tracks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a playlist into the queue
         * @description Proposes the playlist’s tracks, within the proposal limits.
         */
        post: operations["Party_importPlaylist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Events you may see, a page at a time.
         */
        get: operations["Events_list"];
        put?: never;
        /**
         * Create an event
         * @description You become its owner. Visibility, vote licence, area and time window are optional.
         */
        post: operations["Events_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One event
         * @description Settings, queue (score order), now playing, your role and whether you may vote now.
         */
        get: operations["Events_get"];
        put?: never;
        post?: never;
        /**
         * Delete an event
         * @description Owner only; subscribers receive `event.deleted` and leave the room.
         */
        delete: operations["Events_remove"];
        options?: never;
        head?: never;
        /**
         * Change an event’s settings
         * @description Owner or hosts; broadcasts `event.updated`.
         */
        patch: operations["Events_update"];
        trace?: never;
    };
    "/api/events/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone to an event
         * @description Owner or hosts; as guest or host (only the owner invites hosts).
         */
        post: operations["Events_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join a public event as a listener
         * @description Listeners may vote when the licence allows everyone.
         */
        post: operations["Events_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave an event
         * @description You are no longer a listener or guest.
         */
        post: operations["Events_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is in the event
         * @description Owner, hosts, guests and delegates as user cards with their role, a page at a time (`items`, `nextCursor`), and the listener count. Pending invitations for the owner and hosts.
         */
        get: operations["EventMembers_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a pending invitation
         * @description Owner and hosts; only the owner cancels a host invitation. Broadcasts `members.changed`.
         */
        delete: operations["EventMembers_cancelInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Owner and hosts remove guests; only the owner removes hosts. Their delegation and pending invitations go too, and their sockets leave the room if they may no longer see it.
         */
        delete: operations["EventMembers_remove"];
        options?: never;
        head?: never;
        /**
         * Promote or demote a member
         * @description Owner only: guest → host or host → guest. Broadcasts `members.changed`.
         */
        patch: operations["EventMembers_changeRole"];
        trace?: never;
    };
    "/api/events/{id}/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose a track
         * @description Adds it to the queue with score 0, within your proposal limit and the vote licence.
         */
        post: operations["Queue_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/tracks/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a proposed track
         * @description By its proposer or a host; a playing track is skipped with `next` instead.
         */
        delete: operations["Queue_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/tracks/{entryId}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Vote for a track
         * @description One vote per user and entry; a geo-fenced event needs your location.
         */
        put: operations["Queue_vote"];
        post?: never;
        /**
         * Withdraw your vote
         * @description The score goes down by one if you had voted.
         */
        delete: operations["Queue_unvote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/playback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Control playback
         * @description Authorised by the calling session (device). next with fromEntryId advances once however often it is sent.
         */
        post: operations["Playback_command"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/player": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Choose the player device
         * @description The one device that plays the audio. Owner, hosts and delegates, from a device that controls playback, and only one of their own signed-in sessions. Broadcasts `player.changed`.
         */
        put: operations["Playback_setPlayer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/delegates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Playback delegates
         * @description The Music Control Delegation grants of the event and the devices they cover.
         */
        get: operations["Playback_delegates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/delegates/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Delegate playback control to a friend
         * @description Owner only. The delegate must be a friend of the owner or a host of the event. `devices` ("all" by default, or session ids of the delegate) chooses which of their devices may control playback. Granting again replaces the devices. Broadcasts `members.changed`.
         */
        put: operations["Playback_grant"];
        post?: never;
        /**
         * Revoke a delegation
         * @description Owner only; idempotent. Broadcasts `members.changed`; a player device of the delegate is dropped.
         */
        delete: operations["Playback_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/delegates/{userId}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A friend’s devices, to delegate to
         * @description Owner only. The signed-in devices (session id, platform, device name, last use) of a friend of the owner or a host of the event, and whether the current grant covers each, so the owner can choose `devices` for PUT /api/events/{id}/delegates/{userId}.
         */
        get: operations["Playback_delegateDevices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Played tracks
         * @description Most recently played first, with their final score.
         */
        get: operations["Playback_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/history/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export the history as a playlist
         * @description A new private playlist of the tracks played, in order.
         */
        post: operations["Playback_exportHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Grants I hold
         * @description Playback delegations other owners gave me, newest first, with the devices they cover.
         */
        get: operations["Delegations_incoming"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delegations/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Narrow a grant to some of my devices
         * @description Never wider than the owner granted. Broadcasts `members.changed`.
         */
        put: operations["Delegations_narrow"];
        post?: never;
        /**
         * Give a grant up
         * @description Idempotent. Broadcasts `members.changed`.
         */
        delete: operations["Delegations_giveUp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playlists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List playlists
         * @description `scope=public|mine|shared`, a page at a time.
         */
        get: operations["Playlists_list"];
        put?: never;
        /**
         * Create a playlist
         * @description You become its owner; everyone may edit it unless you choose otherwise.
         */
        post: operations["Playlists_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playlists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One playlist
         * @description Metadata, members and tracks in their shared order.
         */
        get: operations["Playlists_get"];
        put?: never;
        post?: never;
        /**
         * Delete a playlist
         * @description Owner only; subscribers receive `playlist.deleted`.
         */
        delete: operations["Playlists_remove"];
        options?: never;
        head?: never;
        /**
         * Change a playlist’s metadata
         * @description Owner only; `If-Match` guards against lost updates.
         */
        patch: operations["Playlists_update"];
        trace?: never;
    };
    "/api/playlists/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone to edit a playlist
         * @description Owner only.
         */
        post: operations["Playlists_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playlists/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is in the playlist
         * @description The owner and members with their role, a page at a time (`items`, `nextCursor`); pending invitations for the owner only.
         */
        get: operations["Playlists_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playlists/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a pending invitation
         * @description Owner only. Broadcasts `members.changed`.
         */
        delete: operations["Playlists_cancelInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playlists/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a playlist member
         * @description Owner, or the member themselves; their sockets leave the room.
         */
        delete: operations["Playlists_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playlists/{id}/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a track to a playlist
         * @description At the end, or between two entries; within the playlist’s size limit.
         */
        post: operations["PlaylistTracks_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playlists/{id}/tracks/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a track from a playlist
         * @description Broadcasts `playlist.track_removed`.
         */
        delete: operations["PlaylistTracks_remove"];
        options?: never;
        head?: never;
        /**
         * Move a track
         * @description Between two neighbours; concurrent moves never lose a track.
         */
        patch: operations["PlaylistTracks_move"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        DevMailDto: {
            to: string;
            subject: string;
            text: string;
            html: string;
            /** Format: date-time */
            sentAt: string;
        };
        DevMailListDto: {
            items: components["schemas"]["DevMailDto"][];
            nextCursor: string | null;
        };
        LivenessDto: {
            /** @example ok */
            status: string;
        };
        MusicPreferencesDto: {
            /**
             * @example [
             *       "jazz",
             *       "electro"
             *     ]
             */
            genres: string[];
            /**
             * @example [
             *       "Nina Simone"
             *     ]
             */
            artists: string[];
        };
        ProfileVisibilityDto: {
            /** @enum {string} */
            displayName?: "public" | "friends" | "private";
            /** @enum {string} */
            avatar?: "public" | "friends" | "private";
            /** @enum {string} */
            bio?: "public" | "friends" | "private";
            /** @enum {string} */
            location?: "public" | "friends" | "private";
            /** @enum {string} */
            musicPreferences?: "public" | "friends" | "private";
        };
        FeatureAvailabilityDto: {
            available: boolean;
            /** @enum {string} */
            reason?: "premium_required" | "provider_unavailable";
        };
        MeFeaturesDto: {
            aiAvatar: components["schemas"]["FeatureAvailabilityDto"];
        };
        MeBillingDto: {
            /**
             * @description `stripe`: checkout and portal open Stripe pages. `test`: no payment provider (development), the plan switches at once. null: unavailable (production without keys).
             * @enum {string|null}
             */
            provider: "stripe" | "test" | null;
        };
        MeDto: {
            /** Format: uuid */
            id: string;
            /** @example ada@example.com */
            email: string;
            /** @example Ada */
            displayName: string;
            bio: string | null;
            /** @example Lyon */
            location: string | null;
            musicPreferences: components["schemas"]["MusicPreferencesDto"];
            /** @example /api/users/6f1c…/avatar */
            avatarUrl: string;
            /** @description True when the avatar was uploaded or generated (false: the generated default). */
            hasCustomAvatar: boolean;
            visibility: components["schemas"]["ProfileVisibilityDto"];
            emailVerified: boolean;
            /** @enum {string} */
            plan: "free" | "premium";
            /** Format: date-time */
            createdAt: string;
            /** @description Always present in GET/PATCH /users/me. */
            features?: components["schemas"]["MeFeaturesDto"];
            /** @description How the plan can be switched (POST /api/billing/checkout and /portal). Always present in GET/PATCH /users/me. */
            billing?: components["schemas"]["MeBillingDto"];
        };
        UpdateProfileDto: {
            displayName?: string;
            bio?: string | null;
            /** @description City, free text. */
            location?: string | null;
            musicPreferences?: components["schemas"]["MusicPreferencesDto"];
            visibility?: components["schemas"]["ProfileVisibilityDto"];
        };
        AvatarUrlDto: {
            /** @example /api/users/6f1c…/avatar */
            avatarUrl: string;
        };
        GenerateAvatarDto: {
            /** @example a fox wearing headphones, flat illustration */
            prompt: string;
        };
        UserCardDto: {
            /** Format: uuid */
            id: string;
            /** @description "MusicRoom user" when the owner does not share their name with the viewer. */
            displayName: string;
            /**
             * @description null when the avatar is not visible to the viewer.
             * @example /api/users/6f1c…/avatar
             */
            avatarUrl: string | null;
        };
        UserCardPageDto: {
            items: components["schemas"]["UserCardDto"][];
            nextCursor: string | null;
        };
        ProfileDto: {
            /** Format: uuid */
            id: string;
            displayName?: string;
            avatarUrl?: string;
            bio?: string | null;
            location?: string | null;
            musicPreferences?: components["schemas"]["MusicPreferencesDto"];
            /** @enum {string} */
            relation: "self" | "friend" | "stranger";
        };
        FriendDto: {
            user: components["schemas"]["UserCardDto"];
            /** Format: date-time */
            since: string;
        };
        FriendPageDto: {
            items: components["schemas"]["FriendDto"][];
            nextCursor: string | null;
        };
        FriendRequestDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending";
            from: components["schemas"]["UserCardDto"];
            to: components["schemas"]["UserCardDto"];
            /** Format: date-time */
            createdAt: string;
        };
        FriendRequestPageDto: {
            items: components["schemas"]["FriendRequestDto"][];
            nextCursor: string | null;
        };
        SendFriendRequestDto: {
            /** Format: uuid */
            userId: string;
        };
        FriendshipDto: {
            /** @enum {string} */
            status: "friends";
            user: components["schemas"]["UserCardDto"];
        };
        BillingRedirectDto: {
            /** @description Stripe Checkout or Customer Portal page; null in test mode. */
            url: string | null;
            /**
             * @description The plan now (in test mode, already switched).
             * @enum {string}
             */
            plan: "free" | "premium";
            /** @description True when no payment provider is configured (development and test only): the plan switched at once. */
            testMode: boolean;
        };
        StripeWebhookResultDto: {
            received: boolean;
            /**
             * @description `duplicate`: event id already handled; `stale`: older than the state already applied; `ignored`: an event type this server does not use.
             * @enum {string}
             */
            outcome: "applied" | "duplicate" | "stale" | "ignored" | "unknown_user";
        };
        RegisterDto: {
            /** @example ada@example.com */
            email: string;
            /** @description At least 10 characters, not your email, not a common password. */
            password: string;
            /** @example Ada */
            displayName: string;
        };
        AcceptedDto: {
            /** @example If this address can receive mail from us, a message is on its way. */
            message: string;
        };
        TokenDto: {
            /** @description The token= value of the link in the mail. */
            token: string;
        };
        SessionDto: {
            /** @description JWT for Authorization: Bearer (HS256, at most 15 minutes). */
            accessToken: string;
            /** @description Opaque, single-use (rotated on refresh). Absent for X-Client-Platform: web, which gets an httpOnly cookie. */
            refreshToken?: string;
            /**
             * @description Seconds until the access token expires.
             * @example 900
             */
            expiresIn: number;
            user: components["schemas"]["MeDto"];
        };
        EmailDto: {
            /** @example ada@example.com */
            email: string;
        };
        LoginDto: {
            /** @example ada@example.com */
            email: string;
            password: string;
        };
        RefreshTokenDto: {
            /** @description Omit on the web: the httpOnly cookie is used. */
            refreshToken?: string;
        };
        ResetPasswordDto: {
            /** @description The token= value of the link in the mail. */
            token: string;
            password: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        OAuthProviderDto: {
            /** @enum {string} */
            id: "google" | "42";
            /** @example Google */
            name: string;
        };
        OAuthCodeDto: {
            code: string;
        };
        OAuthLinkDto: {
            /** @description Where to come back to (allow-listed); defaults to the first allowed URI. */
            redirectUri?: string;
        };
        OAuthLinkUrlDto: {
            /** @description Open it in the browser: it goes to the provider and back to redirectUri?linkCode=<code> or ?error=<code>; then POST /auth/oauth/link/confirm {code} with the same account. */
            url: string;
        };
        IdentityDto: {
            /** @enum {string} */
            provider: "password" | "google" | "42";
            /** Format: date-time */
            linkedAt: string;
        };
        DeviceSessionDto: {
            /**
             * Format: uuid
             * @description The session id, which is the device id. Issued by the server.
             */
            id: string;
            /**
             * @description X-Client-Platform as last reported.
             * @example ios
             */
            platform: string | null;
            /**
             * @description X-Client-Device as last reported.
             * @example iPhone 15
             */
            deviceName: string | null;
            /**
             * @description X-Client-App-Version as last reported.
             * @example 1.4.0
             */
            appVersion: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the device last signed in or refreshed its tokens.
             */
            lastSeenAt: string;
            /** @description True for the device making this request. */
            current: boolean;
        };
        ProviderDto: {
            /** @enum {string} */
            id: "bundled" | "deezer" | "youtube" | "jamendo" | "itunes";
            /** @example Deezer */
            name: string;
            /**
             * @description full: whole track; preview: about 30 s; embed: the provider player.
             * @enum {string}
             */
            playable: "full" | "preview" | "embed";
        };
        TrackDto: {
            /**
             * @example bundled
             * @enum {string}
             */
            provider: "bundled" | "deezer" | "youtube" | "jamendo" | "itunes";
            /**
             * @description The provider's own id of the track.
             * @example kevin-macleod-monkeys-spinning-monkeys
             */
            providerTrackId: string;
            /** @example Monkeys Spinning Monkeys */
            title: string;
            /** @example Kevin MacLeod */
            artist: string;
            album?: string;
            /**
             * @description Length in milliseconds.
             * @example 125000
             */
            durationMs: number;
            /** Format: uri */
            artworkUrl?: string;
            /**
             * Format: uri
             * @description Audio a client can play: the whole track (playable "full") or a short preview. Deezer previews expire and are re-signed on every read.
             */
            previewUrl?: string;
            /**
             * Format: uri
             * @description The track on the provider (or the artist page).
             */
            externalUrl?: string;
            /**
             * @description Licence of freely licensed music; credit the artist when playing it.
             * @example CC BY 4.0
             */
            license?: string;
        };
        SearchResultDto: {
            items: components["schemas"]["TrackDto"][];
        };
        InvitationTargetDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        InvitationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "event" | "playlist";
            target: components["schemas"]["InvitationTargetDto"];
            /** @description For events: "guest" or "host". */
            role?: string | null;
            /** @description Who invited me, as they let me see them. */
            invitedBy: components["schemas"]["UserCardDto"];
            /** Format: date-time */
            createdAt: string;
        };
        InvitationPageDto: {
            items: components["schemas"]["InvitationDto"][];
            nextCursor: string | null;
        };
        InvitationResponseDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "accepted" | "declined";
        };
        EventPreviewDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            visibility: "public" | "private";
            code: string;
            owner: components["schemas"]["UserCardDto"];
            /** @enum {string|null} */
            myRole: "owner" | "host" | "guest" | null;
            isListener: boolean;
            /**
             * @description What joining with the code makes the caller.
             * @enum {string}
             */
            joinsAs: "listener" | "guest" | "already_in";
            listenerCount: number;
        };
        GeoAreaDto: {
            /** @example 48.8566 */
            lat: number;
            /** @example 2.3522 */
            lng: number;
            /** @example 200 */
            radiusMeters: number;
        };
        TimeWindowDto: {
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
        };
        PlayerDto: {
            /** Format: uuid */
            userId: string;
            deviceName: string | null;
            platform: string | null;
        };
        QueueEntryDto: {
            /** Format: uuid */
            id: string;
            track: components["schemas"]["TrackDto"];
            /** @description Null when the proposer deleted their account. */
            proposedBy: components["schemas"]["UserCardDto"] | null;
            score: number;
            /** Format: date-time */
            proposedAt: string;
            /** @description Whether the caller voted for this entry. */
            votedByMe: boolean;
        };
        PlaybackDto: {
            /** Format: uuid */
            entryId: string | null;
            track: components["schemas"]["TrackDto"] | null;
            /**
             * @description "stopped" (nothing on the deck) only answers a command; nowPlaying is then null.
             * @enum {string}
             */
            state: "playing" | "paused" | "stopped";
            /** @description Position when this was produced; while playing, add the time elapsed since. */
            positionMs: number;
            /**
             * Format: date-time
             * @description When this entry started playing.
             */
            startedAt: string | null;
            /** @description Who issued the last playback command; null when the server advanced by itself. */
            controlledBy: components["schemas"]["UserCardDto"] | null;
            /** @description Started from the event's fallback playlist because the queue was empty. */
            fromFallback: boolean;
        };
        EventDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** @enum {string} */
            visibility: "public" | "private";
            /** @enum {string} */
            voteLicense: "everyone" | "invited";
            geo: components["schemas"]["GeoAreaDto"] | null;
            window: components["schemas"]["TimeWindowDto"] | null;
            maxProposalsPerUser: number;
            /**
             * @description Join code (6 to 8 characters, no look-alikes): /e/<code> opens the event.
             * @example K7RM4QX
             */
            code: string;
            /** Format: uuid */
            fallbackPlaylistId: string | null;
            /** @description Longest track that may be proposed (ms); null: no limit. */
            maxTrackDurationMs: number | null;
            /** @description Skip votes that skip the playing track; null: half the connected listeners, at least 3. */
            skipThreshold: number | null;
            /** @description A private event can be joined with its code (as a guest). */
            joinByLink: boolean;
            owner: components["schemas"]["UserCardDto"];
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Null for listeners and passers-by.
             * @enum {string|null}
             */
            myRole: "owner" | "host" | "guest" | null;
            /** @description Whether the caller joined this event as a listener. */
            isListener: boolean;
            /** @description Licence and window allow the caller to vote now (a geo area still needs a location). */
            canVote: boolean;
            /** @description Owner or host, or a delegate whose grant covers the calling device. */
            canControlPlayback: boolean;
            /** @description The device that plays the audio (PUT /events/:id/player). */
            player: components["schemas"]["PlayerDto"] | null;
            /** @description The calling device is the player device. */
            isPlayer: boolean;
            listenerCount: number;
            /** @description Waiting entries: score desc, then proposedAt asc. */
            queue: components["schemas"]["QueueEntryDto"][];
            nowPlaying: components["schemas"]["PlaybackDto"] | null;
            version: number;
        };
        SkipVotesDto: {
            /** @description Votes to skip the entry on the deck. */
            votes: number;
            /** @description Votes that skip it. */
            threshold: number;
            /** @description Whether the caller voted to skip it. */
            votedByMe: boolean;
            /** @description This vote reached the threshold and the track was skipped. */
            skipped: boolean;
        };
        LocationDto: {
            lat: number;
            lng: number;
            /** @description Radius of uncertainty; over 5000 m the location is refused as implausible. */
            accuracyMeters: number;
        };
        SkipVoteDto: {
            /**
             * Format: uuid
             * @description The entry the caller wants skipped: when another one is on the deck by now, the vote is refused (409) instead of counting for it.
             */
            entryId?: string;
            /** @description Required when the event has a geo area (the voting licence applies). */
            location?: components["schemas"]["LocationDto"];
        };
        ImportPlaylistDto: {
            /**
             * Format: uuid
             * @description A playlist the caller can read.
             */
            playlistId: string;
            /** @description Required when the event has a geo area. */
            location?: components["schemas"]["LocationDto"];
        };
        ImportSkippedDto: {
            /** @description Already waiting or playing in the event, or repeated in the playlist. */
            duplicates: number;
            /** @description Longer than the event's maxTrackDurationMs. */
            tooLong: number;
            /** @description Played too recently to be proposed again. */
            recentlyPlayed: number;
            /** @description Left out once the caller's maxProposalsPerUser was reached. */
            overLimit: number;
        };
        ImportResultDto: {
            /** @description The new entries, in playlist order. */
            added: components["schemas"]["QueueEntryDto"][];
            skipped: components["schemas"]["ImportSkippedDto"];
        };
        CreateEventDto: {
            /**
             * Format: uuid
             * @description A playlist the caller can read: when the queue runs dry the next track comes from it, shuffled, no repeats until it is exhausted.
             */
            fallbackPlaylistId?: string | null;
            /** @description Longest track that may be proposed (ms); a longer proposal gets 422 TRACK_TOO_LONG. Null: no limit (default). */
            maxTrackDurationMs?: number | null;
            /** @description Skip votes that skip the playing track. Null (default): half the connected listeners, at least 3. */
            skipThreshold?: number | null;
            /**
             * @description A private event can be joined with its code; the joiner becomes a guest.
             * @default false
             */
            joinByLink: boolean;
            name: string;
            /** @default  */
            description: string;
            /**
             * @default public
             * @enum {string}
             */
            visibility: "public" | "private";
            /**
             * @default everyone
             * @enum {string}
             */
            voteLicense: "everyone" | "invited";
            geo?: components["schemas"]["GeoAreaDto"] | null;
            window?: components["schemas"]["TimeWindowDto"] | null;
            /**
             * @description Proposals one user may have waiting in the queue.
             * @default 3
             */
            maxProposalsPerUser: number;
        };
        EventSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** @enum {string} */
            visibility: "public" | "private";
            /** @enum {string} */
            voteLicense: "everyone" | "invited";
            geo: components["schemas"]["GeoAreaDto"] | null;
            window: components["schemas"]["TimeWindowDto"] | null;
            maxProposalsPerUser: number;
            /**
             * @description Join code (6 to 8 characters, no look-alikes): /e/<code> opens the event.
             * @example K7RM4QX
             */
            code: string;
            /** Format: uuid */
            fallbackPlaylistId: string | null;
            /** @description Longest track that may be proposed (ms); null: no limit. */
            maxTrackDurationMs: number | null;
            /** @description Skip votes that skip the playing track; null: half the connected listeners, at least 3. */
            skipThreshold: number | null;
            /** @description A private event can be joined with its code (as a guest). */
            joinByLink: boolean;
            owner: components["schemas"]["UserCardDto"];
            /** Format: date-time */
            createdAt: string;
            /** @enum {string|null} */
            myRole: "owner" | "host" | "guest" | null;
            listenerCount: number;
            version: number;
            /** @description With near only: meters from the given point to the centre of the area. */
            distanceMeters?: number;
        };
        EventPageDto: {
            items: components["schemas"]["EventSummaryDto"][];
            nextCursor: string | null;
        };
        UpdateEventDto: {
            /**
             * Format: uuid
             * @description A playlist the caller can read: when the queue runs dry the next track comes from it, shuffled, no repeats until it is exhausted.
             */
            fallbackPlaylistId?: string | null;
            /** @description Longest track that may be proposed (ms); a longer proposal gets 422 TRACK_TOO_LONG. Null: no limit (default). */
            maxTrackDurationMs?: number | null;
            /** @description Skip votes that skip the playing track. Null (default): half the connected listeners, at least 3. */
            skipThreshold?: number | null;
            /** @description A private event can be joined with its code; the joiner becomes a guest. */
            joinByLink?: boolean;
            name?: string;
            description?: string;
            /** @enum {string} */
            visibility?: "public" | "private";
            /** @enum {string} */
            voteLicense?: "everyone" | "invited";
            geo?: components["schemas"]["GeoAreaDto"] | null;
            window?: components["schemas"]["TimeWindowDto"] | null;
            /** @description Proposals one user may have waiting in the queue. */
            maxProposalsPerUser?: number;
        };
        InviteToEventDto: {
            /** Format: uuid */
            userId: string;
            /**
             * @description Only the owner may invite hosts.
             * @default guest
             * @enum {string}
             */
            role: "guest" | "host";
        };
        EventInvitationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            inviteeId: string;
            /** @enum {string} */
            role: "guest" | "host";
            /** @enum {string} */
            status: "pending";
            /** Format: date-time */
            createdAt: string;
        };
        EventMemberDto: {
            user: components["schemas"]["UserCardDto"];
            /**
             * @description Null for a playback delegate who is not a member.
             * @enum {string|null}
             */
            role: "owner" | "host" | "guest" | null;
            /** @description Holds a Music Control Delegation grant. */
            isDelegate: boolean;
        };
        PendingInvitationDto: {
            /** Format: uuid */
            id: string;
            invitee: components["schemas"]["UserCardDto"];
            /**
             * @description Events: the role offered. Playlists: null.
             * @enum {string|null}
             */
            role: "guest" | "host" | null;
            /** @description Null when the inviter deleted their account. */
            invitedBy: components["schemas"]["UserCardDto"] | null;
            /** Format: date-time */
            createdAt: string;
        };
        EventMembersDto: {
            /** @description This page: the owner opens the first page, then hosts, guests and delegates, each in the order they came in. */
            items: components["schemas"]["EventMemberDto"][];
            /** @description Pass it as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * @deprecated
             * @description The same as `items`, kept for clients written before the roster was paginated.
             */
            members: components["schemas"]["EventMemberDto"][];
            /** @description Users who joined the public event to listen. */
            listenerCount: number;
            /** @description Pending invitations, for the owner and hosts only (null for others). */
            invitations: components["schemas"]["PendingInvitationDto"][] | null;
            version: number;
        };
        ChangeMemberRoleDto: {
            /**
             * @description Promote a guest to host or demote a host to guest (owner only).
             * @enum {string}
             */
            role: "guest" | "host";
        };
        ProposeTrackDto: {
            /** @example bundled */
            provider: string;
            /** @example bundled-001 */
            providerTrackId: string;
            /** @description Required when the event has a geo area. */
            location?: components["schemas"]["LocationDto"];
        };
        VoteDto: {
            /** @description Required when the event has a geo area. */
            location?: components["schemas"]["LocationDto"];
        };
        VoteResultDto: {
            score: number;
            votedByMe: boolean;
        };
        PlaybackCommandDto: {
            /** @enum {string} */
            action: "play" | "pause" | "next" | "seek";
            /** @description Required by seek. */
            positionMs?: number;
            /**
             * Format: uuid
             * @description next only: advance only if this entry is still the one on the deck, so a repeated next advances once.
             */
            fromEntryId?: string;
        };
        SetPlayerDto: {
            /**
             * Format: uuid
             * @description One of my sessions (GET /api/auth/sessions): the device that will play the audio.
             */
            sessionId: string;
        };
        DelegatedDeviceDto: {
            /**
             * Format: uuid
             * @description The session id (device id).
             */
            id: string;
            deviceName: string | null;
            platform: string | null;
        };
        DelegateDto: {
            user: components["schemas"]["UserCardDto"];
            /** @description The grant covers every device of the delegate. */
            allDevices: boolean;
            /** @description The devices covered when allDevices is false (signed-out ones are dropped). */
            devices: components["schemas"]["DelegatedDeviceDto"][];
            /** Format: date-time */
            grantedAt: string;
        };
        GrantDelegateDto: {
            /**
             * @description Every device of the friend, or these of their sessions (device ids).
             * @default all
             */
            devices: "all" | string[];
        };
        FriendDeviceDto: {
            /**
             * Format: uuid
             * @description The session id (device id), for `devices` of PUT /api/events/{id}/delegates/{userId}.
             */
            id: string;
            platform: string | null;
            deviceName: string | null;
            /**
             * Format: date-time
             * @description When the device last signed in or refreshed its tokens.
             */
            lastSeenAt: string;
            /** @description The current grant to this user covers this device (every device when it covers all). */
            delegated: boolean;
        };
        HistoryEntryDto: {
            /** Format: uuid */
            id: string;
            track: components["schemas"]["TrackDto"];
            /** @description Null when the proposer deleted their account. */
            proposedBy: components["schemas"]["UserCardDto"] | null;
            score: number;
            /** Format: date-time */
            proposedAt: string;
            /** @description Played from the event's fallback playlist (proposedBy is then null). */
            fromFallback: boolean;
            /** Format: date-time */
            startedAt: string | null;
            /**
             * Format: date-time
             * @description When it stopped playing (finished or skipped).
             */
            playedAt: string;
        };
        HistoryPageDto: {
            /** @description Most recently played first; score is the final score. */
            items: components["schemas"]["HistoryEntryDto"][];
            nextCursor: string | null;
        };
        ExportHistoryDto: {
            /** @description Name of the new playlist (default: "<event name> — history"). */
            name?: string;
        };
        ExportedPlaylistDto: {
            /** Format: uuid */
            playlistId: string;
            name: string;
            trackCount: number;
        };
        DelegationEventDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        IncomingDelegationDto: {
            event: components["schemas"]["DelegationEventDto"];
            /** @description The event owner who granted it. */
            grantedBy: components["schemas"]["UserCardDto"];
            allDevices: boolean;
            devices: components["schemas"]["DelegatedDeviceDto"][];
            /** Format: date-time */
            grantedAt: string;
        };
        NarrowDelegationDto: {
            /** @description The devices of mine the grant should cover; only narrower than what the owner granted. */
            devices: "all" | string[];
        };
        CreatePlaylistDto: {
            /** @example Sunday morning */
            name: string;
            /** @default  */
            description: string;
            /**
             * @default public
             * @enum {string}
             */
            visibility: "public" | "private";
            /**
             * @description `everyone` (the default): anyone who can see it edits. `invited`: only the owner and invited members edit.
             * @default everyone
             * @enum {string}
             */
            editLicense: "everyone" | "invited";
            /**
             * @description false = "no duplicates": a track may appear only once.
             * @default true
             */
            allowDuplicates: boolean;
        };
        PlaylistEntryDto: {
            /** Format: uuid */
            id: string;
            track: components["schemas"]["TrackDto"];
            /**
             * @description Fractional index key: entries sort by it byte-wise (ascending).
             * @example a0V
             */
            position: string;
            /** @description Null once that account is deleted. */
            addedBy: components["schemas"]["UserCardDto"] | null;
            /** Format: date-time */
            addedAt: string;
        };
        PlaylistDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** @enum {string} */
            visibility: "public" | "private";
            /** @enum {string} */
            editLicense: "everyone" | "invited";
            /** @description false = "no duplicates". */
            allowDuplicates: boolean;
            owner: components["schemas"]["UserCardDto"];
            /** @description Rises by one with every change of the playlist. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The caller may add, move and remove tracks. */
            canEdit: boolean;
            /** @enum {string|null} */
            myRole: "owner" | "editor" | null;
            trackCount: number;
            /** @description Users who accepted an invitation (the owner is not listed). */
            members: components["schemas"]["UserCardDto"][];
            /** @description Ordered by position. */
            tracks: components["schemas"]["PlaylistEntryDto"][];
        };
        PlaylistSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** @enum {string} */
            visibility: "public" | "private";
            /** @enum {string} */
            editLicense: "everyone" | "invited";
            /** @description false = "no duplicates". */
            allowDuplicates: boolean;
            owner: components["schemas"]["UserCardDto"];
            /** @description Rises by one with every change of the playlist. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The caller may add, move and remove tracks. */
            canEdit: boolean;
            /** @enum {string|null} */
            myRole: "owner" | "editor" | null;
            trackCount: number;
        };
        PlaylistPageDto: {
            items: components["schemas"]["PlaylistSummaryDto"][];
            nextCursor: string | null;
        };
        UpdatePlaylistDto: {
            /** @example Sunday morning */
            name?: string;
            description?: string;
            /** @enum {string} */
            visibility?: "public" | "private";
            /**
             * @description `everyone` (the default): anyone who can see it edits. `invited`: only the owner and invited members edit.
             * @enum {string}
             */
            editLicense?: "everyone" | "invited";
            /** @description false = "no duplicates": a track may appear only once. */
            allowDuplicates?: boolean;
        };
        InviteToPlaylistDto: {
            /**
             * Format: uuid
             * @description The user invited to edit this playlist.
             */
            userId: string;
        };
        PlaylistInvitationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            playlistId: string;
            invitee: components["schemas"]["UserCardDto"];
            /** @enum {string} */
            status: "pending";
            /** Format: date-time */
            createdAt: string;
        };
        PlaylistMemberDto: {
            user: components["schemas"]["UserCardDto"];
            /**
             * @description `editor`: accepted an invitation.
             * @enum {string}
             */
            role: "owner" | "editor";
        };
        PlaylistMembersDto: {
            /** @description This page: the owner opens the first page, then members in the order they joined. */
            items: components["schemas"]["PlaylistMemberDto"][];
            /** @description Pass it as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * @deprecated
             * @description The same as `items`, kept for clients written before the roster was paginated.
             */
            members: components["schemas"]["PlaylistMemberDto"][];
            /** @description Pending invitations, for the owner only (null for others). */
            invitations: components["schemas"]["PendingInvitationDto"][] | null;
            version: number;
        };
        AddTrackDto: {
            /** @example bundled */
            provider: string;
            /** @example bundled-001 */
            providerTrackId: string;
            /**
             * Format: uuid
             * @description Insert right after this entry; null = at the top; left out = at the end.
             */
            afterEntryId?: string | null;
        };
        MoveEntryDto: {
            /**
             * Format: uuid
             * @description Place the entry right after this one; null = first.
             */
            afterEntryId: string | null;
        };
        /** @description The body of every error. */
        ErrorResponse: {
            /** Format: int32 */
            statusCode: number;
            /**
             * @description Stable: clients branch on it.
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "LOCATION_REQUIRED" | "INVALID_TOKEN" | "OAUTH_STATE_INVALID" | "UNAUTHENTICATED" | "TOKEN_EXPIRED" | "INVALID_CREDENTIALS" | "INVALID_SIGNATURE" | "OAUTH_DENIED" | "PREMIUM_REQUIRED" | "FORBIDDEN" | "EMAIL_NOT_VERIFIED" | "EMAIL_NOT_VERIFIED_BY_PROVIDER" | "NOT_INVITED" | "NOT_FRIENDS" | "DEVICE_NOT_DELEGATED" | "VOTE_OUTSIDE_AREA" | "VOTE_OUTSIDE_WINDOW" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "VERSION_CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RANGE_NOT_SATISFIABLE" | "UNPROCESSABLE" | "TRACK_TOO_LONG" | "RATE_LIMITED" | "HEADERS_TOO_LARGE" | "INTERNAL" | "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
            /** @description A sentence for people; may change. */
            message: string;
            /** @description Also in the X-Request-Id header and the server logs. */
            requestId: string;
            /** @description One shape per code: see the `…Details` schemas. */
            details: unknown;
        };
        /** @description Empty unless the code covers several cases: then `reason` names the case and the other keys are its facts. */
        CaseDetails: {
            reason?: string;
        } & {
            [key: string]: (string | number | boolean | string[]) | null;
        };
        ValidationFailedDetails: {
            /** @description The field, nested ones by path (`location.lat`); `body` for a body that is not JSON. */
            field: string;
            messages: string[];
            /**
             * Format: int32
             * @description For malformed JSON: the offset of the first character the parser could not accept.
             */
            position?: number;
        }[];
        RateLimitedDetails: {
            /**
             * Format: int32
             * @description Same as the Retry-After header.
             */
            retryAfterSeconds: number;
            /**
             * Format: int32
             * @description Quota limits: the allowance.
             */
            quota?: number;
            /**
             * Format: int32
             * @description Quota limits: how much is used.
             */
            used?: number;
        };
        PayloadTooLargeDetails: {
            /**
             * Format: int32
             * @description The largest body (or file) accepted, in bytes.
             */
            limitBytes: number;
        };
        UnsupportedMediaTypeDetails: {
            /** @description The Content-Type sent; null when none was. */
            contentType: string | null;
            accepted: string[];
        };
        VersionConflictDetails: {
            /**
             * Format: int32
             * @description The version to reload.
             */
            currentVersion: number;
        };
        RangeNotSatisfiableDetails: {
            /**
             * Format: int32
             * @description The file size in bytes.
             */
            size: number;
        };
        UnprocessableDetails: {
            reason?: string;
            /**
             * Format: int32
             * @description The limit that was reached.
             */
            limit?: number;
            /**
             * Format: int32
             * @description What was asked for.
             */
            requested?: number;
        };
        TrackTooLongDetails: {
            /**
             * Format: int32
             * @description The event's maximum track length (ms).
             */
            maxTrackDurationMs: number;
            /**
             * Format: int32
             * @description The proposed track’s length (ms).
             */
            durationMs: number;
        };
        ProviderUnavailableDetails: {
            /** @description e.g. `not_configured`, `timeout`. */
            reason?: string;
            provider?: string;
        };
        ServiceUnavailableDetails: {
            status: string;
            details?: {
                [key: string]: {
                    status?: string;
                    message?: string;
                };
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Requests allowed per minute (per user, or per IP when signed out). */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current minute. */
        "X-RateLimit-Remaining": number;
        /** @description Seconds until the current minute ends. */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
        /** @description Sent back when the request Origin is on the allow-list (CORS_ORIGINS); credentials are allowed for those origins. */
        "Access-Control-Allow-Origin": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    DevMails_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevMailListDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Users_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Users_uploadAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvatarUrlDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Users_resetAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvatarUrlDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Users_generateAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateAvatarDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvatarUrlDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PREMIUM_REQUIRED`: a premium plan is needed. */
            402: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PREMIUM_REQUIRED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Users_search: {
        parameters: {
            query: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Display-name prefix; case and accents are ignored. */
                search: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCardPageDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Users_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Users_avatar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The avatar image; 304 when If-None-Match matches. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Friends_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendPageDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Friends_requests: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                direction?: "incoming" | "outgoing";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendRequestPageDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Friends_send: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendFriendRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendshipDto"];
                };
            };
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendRequestDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Friends_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendshipDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Friends_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Friends_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Friends_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Billing_checkout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRedirectDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description UNAUTHENTICATED or TOKEN_EXPIRED. `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: already premium (use the portal). `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description PROVIDER_UNAVAILABLE: no payment provider in production, or Stripe did not answer. `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Billing_portal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRedirectDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description UNAUTHENTICATED or TOKEN_EXPIRED. `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: no Stripe customer yet (never subscribed). `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description PROVIDER_UNAVAILABLE: no payment provider in production, or Stripe did not answer. `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Billing_stripeWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description Set by Stripe: t=<unix seconds>,v1=<signature>. */
                "Stripe-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StripeWebhookResultDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `INVALID_SIGNATURE`: the webhook signature does not match. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INVALID_SIGNATURE";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description PROVIDER_UNAVAILABLE: Stripe is not configured. `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description Always, whether or not the email has an account: it gets a mail either way. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Auth_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description INVALID_TOKEN: unknown, used or expired. `INVALID_TOKEN`: the one-time token (mail link, reset) is unknown, used or expired. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "VALIDATION_FAILED";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Auth_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `INVALID_CREDENTIALS`: wrong email or password (or refresh token). */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INVALID_CREDENTIALS";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            /** @description A new pair; the refresh token sent is spent. Reusing a spent one ends the session. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            /** @description The session of this refresh token is ended (also when it was already, or no token came). */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Auth_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
        };
    };
    Auth_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description Password set; every session of the account is ended. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INVALID_TOKEN`: the one-time token (mail link, reset) is unknown, used or expired. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "VALIDATION_FAILED";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Auth_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Password changed; the other sessions of the account are ended. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description INVALID_CREDENTIALS: the current password is wrong. `INVALID_CREDENTIALS`: wrong email or password (or refresh token). `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INVALID_CREDENTIALS" | "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    OAuth_listProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in providers configured on this server (none, Google, 42), for the sign-in buttons. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthProviderDto"][];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
        };
    };
    OAuth_start: {
        parameters: {
            query: {
                /** @description Where to come back to; must be on OAUTH_REDIRECT_ALLOWLIST. */
                redirectUri: string;
                /** @description Set by the URL that POST /oauth/:provider/link returns. */
                linkTicket?: string;
            };
            header?: never;
            path: {
                provider: "google" | "42";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the provider, with a signed state (and PKCE for Google); sets the flow's nonce cookie. */
            302: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: redirectUri is not allow-listed. `INVALID_TOKEN`: the one-time token (mail link, reset) is unknown, used or expired. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "VALIDATION_FAILED";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    OAuth_callback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "google" | "42";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to redirectUri with ?code=<one-time code>, ?linkCode=<code to confirm> or ?error=<code>. */
            302: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description OAUTH_STATE_INVALID: no state this server issued, so no safe place to go back to. `OAUTH_STATE_INVALID`: the sign-in did not start in this browser, or was already completed. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "OAUTH_STATE_INVALID" | "VALIDATION_FAILED";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    OAuth_exchange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description INVALID_TOKEN: unknown, used or older than 60 s. `INVALID_TOKEN`: the one-time token (mail link, reset) is unknown, used or expired. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "VALIDATION_FAILED";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    OAuth_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "google" | "42";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthLinkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthLinkUrlDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    OAuth_confirmLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthCodeDto"];
            };
        };
        responses: {
            /** @description The identity is linked to the signed-in account. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_TOKEN: unknown, used or older than 5 minutes. `INVALID_TOKEN`: the one-time token (mail link, reset) is unknown, used or expired. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "VALIDATION_FAILED";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: the link was started by another account (the code is spent). `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: that provider account is linked to someone else, or this account has another one. `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    OAuth_listIdentities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityDto"][];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    OAuth_unlink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "google" | "42";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: it is the last way to sign in. `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Sessions_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceSessionDto"][];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description UNAUTHENTICATED or TOKEN_EXPIRED. `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Sessions_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: the id is not a UUID. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description UNAUTHENTICATED or TOKEN_EXPIRED. `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: not a live session of mine. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Sessions_revokeOthers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every other session ended. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description UNAUTHENTICATED or TOKEN_EXPIRED. `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Music_providers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderDto"][];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Music_search: {
        parameters: {
            query: {
                q: string;
                /** @description One of GET /music/providers. */
                provider?: "bundled" | "deezer" | "youtube" | "jamendo" | "itunes";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResultDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Music_track: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A provider id; one that is not enabled here answers 404. */
                provider: string;
                providerTrackId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    BundledAudio_serve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A bundled track id (its providerTrackId) followed by .mp3 */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description MP3 audio (22.05 kHz mono, 48 kbps CBR), as long as the track's durationMs */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": string;
                };
            };
            /** @description The requested byte range (Content-Range) */
            206: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": string;
                };
            };
            /** @description Not modified (If-None-Match matched the ETag) */
            304: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RANGE_NOT_SATISFIABLE`: the requested byte range is outside the file. */
            416: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RANGE_NOT_SATISFIABLE";
                        details?: components["schemas"]["RangeNotSatisfiableDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Invitations_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My pending event and playlist invitations, newest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPageDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Invitations_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponseDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Invitations_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponseDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Party_byCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 6 to 8 characters of 34679ACDEFGHJKMNPQRTWXY; case, spaces and dashes are ignored. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resolves a join code. Unknown code, or a private event without joinByLink that the caller is not in → 404. Rate-limited (429). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPreviewDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id, code or body (details name the field). `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: unknown code, or a private event without joinByLink. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description RATE_LIMITED: too many code lookups (RATE_LIMIT_EVENT_CODE_PER_MINUTE), with Retry-After. `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Party_joinByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 6 to 8 characters of 34679ACDEFGHJKMNPQRTWXY; case, spaces and dashes are ignored. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public event: the caller becomes a listener. Private event with joinByLink: a guest. Idempotent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id, code or body (details name the field). `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: unknown code, or a private event without joinByLink. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description RATE_LIMITED: too many code lookups (RATE_LIMIT_EVENT_CODE_PER_MINUTE), with Retry-After. `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Party_regenerateCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner only: a new join code; the old one stops working. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id, code or body (details name the field). `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: not the owner. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: no such event, or a private event the caller is not in. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Party_qr: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QR code of the join link <PUBLIC_URL>/e/<code>. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description VALIDATION_FAILED: a malformed id, code or body (details name the field). `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: no such event, or a private event the caller is not in. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Party_skipVotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Skip votes for the entry on the deck, and the threshold. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkipVotesDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id, code or body (details name the field). `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: no such event, or a private event the caller is not in. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Party_voteSkip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkipVoteDto"];
            };
        };
        responses: {
            /** @description Listeners and members, under the voting licence. Idempotent. Reaching the threshold skips the track once (playback.changed, reason crowd_skip). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkipVotesDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id, code or body (details name the field). `LOCATION_REQUIRED`: this event only accepts votes from its area: send your location. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "LOCATION_REQUIRED" | "VALIDATION_FAILED";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN / NOT_INVITED / VOTE_OUTSIDE_AREA / VOTE_OUTSIDE_WINDOW: the voting licence refuses the caller. FORBIDDEN also when the caller is neither a listener nor a member. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. `NOT_INVITED`: only invited members may do this. `VOTE_OUTSIDE_AREA`: you are outside the event area. `VOTE_OUTSIDE_WINDOW`: voting is closed at this time. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN" | "NOT_INVITED" | "VOTE_OUTSIDE_AREA" | "VOTE_OUTSIDE_WINDOW";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: no such event, or a private event the caller is not in. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: nothing is playing (reason nothing_playing), or entryId is no longer on the deck (track_changed). `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Party_unvoteSkip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkipVoteDto"];
            };
        };
        responses: {
            /** @description Withdraws the caller’s skip vote. Idempotent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkipVotesDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id, code or body (details name the field). `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: neither a listener nor a member. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. `NOT_INVITED`: only invited members may do this. `VOTE_OUTSIDE_WINDOW`: voting is closed at this time. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN" | "NOT_INVITED" | "VOTE_OUTSIDE_WINDOW";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: no such event, or a private event the caller is not in. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: nothing is playing, or entryId is no longer on the deck. `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Party_importPlaylist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportPlaylistDto"];
            };
        };
        responses: {
            /** @description Proposes a readable playlist's tracks in order, under the caller's caps; duplicates and refusals are counted, not errors. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id, code or body (details name the field). `LOCATION_REQUIRED`: this event only accepts votes from its area: send your location. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "LOCATION_REQUIRED" | "VALIDATION_FAILED";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN / NOT_INVITED / VOTE_OUTSIDE_AREA / VOTE_OUTSIDE_WINDOW: the voting licence refuses the caller. `EMAIL_NOT_VERIFIED`: verify your email address first. `NOT_INVITED`: only invited members may do this. `VOTE_OUTSIDE_AREA`: you are outside the event area. `VOTE_OUTSIDE_WINDOW`: voting is closed at this time. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "NOT_INVITED" | "VOTE_OUTSIDE_AREA" | "VOTE_OUTSIDE_WINDOW";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: no such event, or a private event the caller is not in. Also a playlist the caller cannot read. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Events_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description public: every public event, newest first; mine: events I own; invited: events I am a host or guest of. */
                scope?: "public" | "mine" | "invited";
                /** @description lat,lng: public events that have an area, nearest first (distance to the centre of the area), within radiusKm; scope is then ignored. */
                near?: string;
                /** @description With near only. */
                radiusKm?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPageDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Events_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Events_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Private events: members and delegates only, else 404. canControlPlayback and isPlayer are for the calling device. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Events_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner only. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Events_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventDto"];
            };
        };
        responses: {
            /** @description Owner and hosts. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Events_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteToEventDto"];
            };
        };
        responses: {
            /** @description Owner and hosts invite guests; the owner invites hosts. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventInvitationDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Events_join: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public events only; idempotent. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Events_leave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ends membership, listening and delegation; idempotent. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    EventMembers_roster: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventMembersDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    EventMembers_cancelInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: not the owner or a host, or a host cancelling a host invitation. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. Also an invitation that is not pending or not to this event. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    EventMembers_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed; `members.changed` with role null is broadcast. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: not the owner or a host, or a host removing a host. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. Also a user who is not a member. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: the owner cannot be removed. `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    EventMembers_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventMemberDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: only the owner touches hosts. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. Also a user who is not a member. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: the owner’s role cannot change. `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Queue_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeTrackDto"];
            };
        };
        responses: {
            /** @description Already waiting in the queue, or played too recently → 409. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueEntryDto"];
                };
            };
            /** @description `LOCATION_REQUIRED`: this event only accepts votes from its area: send your location. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "LOCATION_REQUIRED" | "VALIDATION_FAILED";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `NOT_INVITED`: only invited members may do this. `VOTE_OUTSIDE_AREA`: you are outside the event area. `VOTE_OUTSIDE_WINDOW`: voting is closed at this time. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "NOT_INVITED" | "VOTE_OUTSIDE_AREA" | "VOTE_OUTSIDE_WINDOW";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description TRACK_TOO_LONG: longer than the event's maxTrackDurationMs (details: maxTrackDurationMs, durationMs). `TRACK_TOO_LONG`: the track is longer than the event's maxTrackDurationMs. */
            422: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TRACK_TOO_LONG";
                        details?: components["schemas"]["TrackTooLongDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Queue_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposer, the owner or a host. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Queue_vote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoteDto"];
            };
        };
        responses: {
            /** @description Idempotent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteResultDto"];
                };
            };
            /** @description `LOCATION_REQUIRED`: this event only accepts votes from its area: send your location. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "LOCATION_REQUIRED" | "VALIDATION_FAILED";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `NOT_INVITED`: only invited members may do this. `VOTE_OUTSIDE_AREA`: you are outside the event area. `VOTE_OUTSIDE_WINDOW`: voting is closed at this time. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "NOT_INVITED" | "VOTE_OUTSIDE_AREA" | "VOTE_OUTSIDE_WINDOW";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Queue_unvote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Idempotent. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteResultDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `NOT_INVITED`: only invited members may do this. `VOTE_OUTSIDE_WINDOW`: voting is closed at this time. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "NOT_INVITED" | "VOTE_OUTSIDE_WINDOW";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playback_command: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaybackCommandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaybackDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: not the owner, a host or a delegate. DEVICE_NOT_DELEGATED: a delegate on a device the grant does not cover. `DEVICE_NOT_DELEGATED`: your delegation does not cover the device you call from. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DEVICE_NOT_DELEGATED" | "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: the queue is empty or nothing is playing. `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playback_setPlayer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPlayerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlayerDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: not the owner, a host or a delegate. DEVICE_NOT_DELEGATED: a delegate on a device the grant does not cover. Also a delegate choosing a device the grant does not cover. `DEVICE_NOT_DELEGATED`: your delegation does not cover the device you call from. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DEVICE_NOT_DELEGATED" | "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. Also a session that is not a signed-in device of the caller. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playback_delegates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegateDto"][];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playback_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantDelegateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegateDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: not the owner. NOT_FRIENDS: the user is neither a friend of the owner nor a host. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. `NOT_FRIENDS`: playback control can be delegated to friends (or hosts) only. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN" | "NOT_FRIENDS";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. Also an unknown user. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: the owner always controls playback. `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playback_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (or there was no grant). */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: not the owner. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playback_delegateDevices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FriendDeviceDto"][];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: not the owner. NOT_FRIENDS: the user is neither a friend of the owner nor a host. `FORBIDDEN`: you may not do this here. `NOT_FRIENDS`: playback control can be delegated to friends (or hosts) only. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "NOT_FRIENDS";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. Also an unknown user. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description CONFLICT: the owner always controls playback. `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playback_history: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPageDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playback_exportHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportHistoryDto"];
            };
        };
        responses: {
            /** @description A new private playlist of mine with the tracks played, in order. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportedPlaylistDto"];
                };
            };
            /** @description VALIDATION_FAILED: a malformed id or body. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or the caller may not see it. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Delegations_incoming: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDelegationDto"][];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Delegations_narrow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NarrowDelegationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDelegationDto"];
                };
            };
            /** @description VALIDATION_FAILED: devices is not "all" or a list of my signed-in sessions. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description DEVICE_NOT_DELEGATED: a device the grant does not cover. `DEVICE_NOT_DELEGATED`: your delegation does not cover the device you call from. `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DEVICE_NOT_DELEGATED" | "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: no grant of mine for this event. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Delegations_giveUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Given up (or there was none). */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: a malformed id. `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the event does not exist or I may not see it. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playlists_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description `public`: every public playlist; `mine`: those I own; `shared`: those I was invited to and joined. */
                scope?: "public" | "mine" | "shared";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaylistPageDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playlists_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlaylistDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaylistDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playlists_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A private playlist is 404 to anyone but its owner and members. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaylistDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playlists_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The playlist version the change is based on; 409 VERSION_CONFLICT when it is no longer current. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Owner only; pending invitations are revoked. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `VERSION_CONFLICT`: the resource changed since you loaded it (`If-Match`). */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT";
                        details?: components["schemas"]["VersionConflictDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playlists_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The playlist version the change is based on; 409 VERSION_CONFLICT when it is no longer current. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlaylistDto"];
            };
        };
        responses: {
            /** @description Owner only. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaylistDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `VERSION_CONFLICT`: the resource changed since you loaded it (`If-Match`). */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT";
                        details?: components["schemas"]["VersionConflictDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playlists_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteToPlaylistDto"];
            };
        };
        responses: {
            /** @description Owner only. 200 with the same invitation when it was already pending. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaylistInvitationDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playlists_roster: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaylistMembersDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: the playlist does not exist or the caller may not see it. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playlists_cancelInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description FORBIDDEN: not the owner. `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description NOT_FOUND: an invisible playlist, or an invitation that is not pending or not to this playlist. `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    Playlists_removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The playlist version the change is based on; 409 VERSION_CONFLICT when it is no longer current. */
                "If-Match"?: string;
            };
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The owner removes a member, or a member leaves. */
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `VERSION_CONFLICT`: the resource changed since you loaded it (`If-Match`). */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT";
                        details?: components["schemas"]["VersionConflictDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    PlaylistTracks_add: {
        parameters: {
            query?: never;
            header?: {
                /** @description The playlist version the change is based on; 409 VERSION_CONFLICT when it is no longer current. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTrackDto"];
            };
        };
        responses: {
            /** @description 409 CONFLICT when the playlist is full (2,000) or refuses duplicates. */
            201: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaylistEntryDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. `VERSION_CONFLICT`: the resource changed since you loaded it (`If-Match`). */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "VERSION_CONFLICT";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["VersionConflictDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `PROVIDER_UNAVAILABLE`: an outside provider is not configured or not answering. `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PROVIDER_UNAVAILABLE" | "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ProviderUnavailableDetails"] | components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    PlaylistTracks_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The playlist version the change is based on; 409 VERSION_CONFLICT when it is no longer current. */
                "If-Match"?: string;
            };
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `VERSION_CONFLICT`: the resource changed since you loaded it (`If-Match`). */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT";
                        details?: components["schemas"]["VersionConflictDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
    PlaylistTracks_move: {
        parameters: {
            query?: never;
            header?: {
                /** @description The playlist version the change is based on; 409 VERSION_CONFLICT when it is no longer current. */
                "If-Match"?: string;
            };
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveEntryDto"];
            };
        };
        responses: {
            /** @description Moved; 404 when the entry (or the one to go after) is gone. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaylistEntryDto"];
                };
            };
            /** @description `VALIDATION_FAILED`: the body, query or path is not valid; `details` lists each field. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        details?: components["schemas"]["ValidationFailedDetails"];
                    };
                };
            };
            /** @description `TOKEN_EXPIRED`: the access token expired: refresh it. `UNAUTHENTICATED`: no valid access token. */
            401: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "TOKEN_EXPIRED" | "UNAUTHENTICATED";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `EMAIL_NOT_VERIFIED`: verify your email address first. `FORBIDDEN`: you may not do this here. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EMAIL_NOT_VERIFIED" | "FORBIDDEN";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `NOT_FOUND`: no such resource, or you may not see it. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `CONFLICT`: the request conflicts with the current state; `details.reason` names the case. `VERSION_CONFLICT`: the resource changed since you loaded it (`If-Match`). */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "VERSION_CONFLICT";
                        details?: components["schemas"]["CaseDetails"] | components["schemas"]["VersionConflictDetails"];
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: the body is over the limit stated in the message and `details.limitBytes`. */
            413: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                        details?: components["schemas"]["PayloadTooLargeDetails"];
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: send the body as `application/json`. */
            415: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                        details?: components["schemas"]["UnsupportedMediaTypeDetails"];
                    };
                };
            };
            /** @description `RATE_LIMITED`: too many requests: wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                        details?: components["schemas"]["RateLimitedDetails"];
                    };
                };
            };
            /** @description `INTERNAL`: an unexpected error; the `requestId` finds it in the logs. */
            500: {
                headers: {
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTERNAL";
                        details?: components["schemas"]["CaseDetails"];
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: a dependency (database, Redis) is unreachable. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Access-Control-Allow-Origin": components["headers"]["Access-Control-Allow-Origin"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                        details?: components["schemas"]["ServiceUnavailableDetails"];
                    };
                };
            };
        };
    };
}
