import Foundation

// Models of endpoints that other work adds to the API. They follow the shapes the API's issues give and are
// marked `pending` until their schemas are in openapi.json; `npm run check:ios` lists every pending mark.

/// `PUT|DELETE /events/:id/playback/skip-vote` (crowd skip).
// pending: SkipVotesDto (crowd skip, party issue)
public struct SkipVotes: Codable, Hashable, Sendable {
    public let votes: Int
    public let threshold: Int
}

/// One playback grant the caller holds (`GET /delegations`).
// pending: DelegationDto (per-device delegation, api-complete issue)
public struct DelegationGrant: Codable, Hashable, Sendable, Identifiable {
    public let eventId: String
    public let eventName: String
    public let grantedBy: UserCard
    /// nil: every device of the caller; else the session ids the grant covers.
    public let devices: [String]?
    public let grantedAt: Date

    public var id: String { eventId }
}
