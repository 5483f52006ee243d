import Foundation

// Models of endpoints that other work adds to the API. They follow the shapes the API's issues give and are
// marked `pending` until their schemas are in openapi.json; `npm run check:ios` lists every pending mark.

/// `GET|PUT|DELETE /events/:id/playback/skip-vote` (crowd skip).
// openapi: SkipVotesDto
public struct SkipVotes: Codable, Hashable, Sendable {
    public let votes: Int
    public let threshold: Int
    public let votedByMe: Bool
    public let skipped: Bool
}

/// What joining by code would make the caller.
public enum JoinOutcome: String, Codable, Hashable, Sendable {
    case listener = "listener"
    case guest = "guest"
    case alreadyIn = "already_in"
}

/// `GET /events/by-code/:code`: the event a join code opens.
// openapi: EventPreviewDto
public struct EventPreview: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let visibility: Visibility
    public let code: String
    public let owner: UserCard
    public let myRole: EventRole?
    public let isListener: Bool
    public let joinsAs: JoinOutcome
    public let listenerCount: Int
}
