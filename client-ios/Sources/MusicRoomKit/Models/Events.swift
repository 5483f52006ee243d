import Foundation

public enum Visibility: String, Codable, CaseIterable, Hashable, Sendable {
    case `public` = "public"
    case `private` = "private"
}

/// Who may vote (events) or edit (playlists): everyone, or invited members only.
public enum License: String, Codable, CaseIterable, Hashable, Sendable {
    case everyone = "everyone"
    case invited = "invited"
}

public enum EventRole: String, Codable, Hashable, Sendable {
    case owner = "owner"
    case host = "host"
    case guest = "guest"
}

// openapi: GeoAreaDto
public struct GeoArea: Codable, Hashable, Sendable {
    public let lat: Double
    public let lng: Double
    public let radiusMeters: Double
}

// openapi: TimeWindowDto
public struct TimeWindow: Codable, Hashable, Sendable {
    public let startsAt: Date
    public let endsAt: Date
}

// openapi: QueueEntryDto
public struct QueueEntry: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let track: Track
    public let proposedBy: UserCard?
    public var score: Int
    public let proposedAt: Date
    public var votedByMe: Bool
}

public enum PlaybackState: String, Codable, Hashable, Sendable {
    case playing = "playing"
    case paused = "paused"
    case stopped = "stopped"
}

// openapi: PlaybackDto
public struct Playback: Codable, Hashable, Sendable {
    public let entryId: String?
    public let track: Track?
    public let state: PlaybackState
    public let positionMs: Int
    public let startedAt: Date?
    public let controlledBy: UserCard?
    /// Started from the event's fallback playlist because the queue was empty.
    public let fromFallback: Bool
}

// openapi: EventDto
public struct Event: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let description: String
    public let visibility: Visibility
    public let voteLicense: License
    public let geo: GeoArea?
    public let window: TimeWindow?
    public let maxProposalsPerUser: Int
    /// Join code: `<PUBLIC_URL>/e/<code>` opens the event.
    public let code: String
    public let fallbackPlaylistId: String?
    public let maxTrackDurationMs: Int?
    public let skipThreshold: Int?
    public let joinByLink: Bool
    public let owner: UserCard
    public let createdAt: Date
    public let myRole: EventRole?
    public let isListener: Bool
    public let canVote: Bool
    public let canControlPlayback: Bool
    public let player: Player?
    /// The calling device is the one that plays the audio.
    public let isPlayer: Bool
    public let listenerCount: Int
    public var queue: [QueueEntry]
    public var nowPlaying: Playback?
    public var version: Int
}

// openapi: EventSummaryDto
public struct EventSummary: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let description: String
    public let visibility: Visibility
    public let voteLicense: License
    public let geo: GeoArea?
    public let window: TimeWindow?
    public let maxProposalsPerUser: Int
    /// Join code: `<PUBLIC_URL>/e/<code>` opens the event.
    public let code: String
    public let fallbackPlaylistId: String?
    public let maxTrackDurationMs: Int?
    public let skipThreshold: Int?
    public let joinByLink: Bool
    public let owner: UserCard
    public let createdAt: Date
    public let myRole: EventRole?
    public let listenerCount: Int
    public let version: Int
    /// Only in a nearby search (`near=lat,lng`): meters to the centre of the event's area.
    public let distanceMeters: Int?
}

// openapi: EventPageDto
public struct EventPage: Codable, Hashable, Sendable, Paged {
    public let items: [EventSummary]
    public let nextCursor: String?
}

// openapi: VoteResultDto
public struct VoteResult: Codable, Hashable, Sendable {
    public let score: Int
    public let votedByMe: Bool
}

// openapi: DelegatedDeviceDto
public struct DelegatedDevice: Codable, Hashable, Sendable, Identifiable {
    /// The session id (device id).
    public let id: String
    public let deviceName: String?
    public let platform: String?
}

/// A friend the owner gave playback control, on all their devices or on the ones listed.
// openapi: DelegateDto
public struct Delegate: Codable, Hashable, Sendable, Identifiable {
    public let user: UserCard
    public let allDevices: Bool
    public let devices: [DelegatedDevice]
    public let grantedAt: Date
    public var id: String { user.id }
}

// openapi: DelegationEventDto
public struct DelegationEvent: Codable, Hashable, Sendable {
    public let id: String
    public let name: String
}

/// A grant the caller holds (`GET /delegations`).
// openapi: IncomingDelegationDto
public struct IncomingDelegation: Codable, Hashable, Sendable, Identifiable {
    public let event: DelegationEvent
    public let grantedBy: UserCard
    public let allDevices: Bool
    public let devices: [DelegatedDevice]
    public let grantedAt: Date
    public var id: String { event.id }
}

/// The device that plays an event's audio.
// openapi: PlayerDto
public struct Player: Codable, Hashable, Sendable {
    public let userId: String
    public let deviceName: String?
    public let platform: String?
}

// openapi: HistoryEntryDto
public struct HistoryEntry: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let track: Track
    public let proposedBy: UserCard?
    public let score: Int
    public let proposedAt: Date
    public let startedAt: Date?
    public let fromFallback: Bool
    public let playedAt: Date
}

// openapi: HistoryPageDto
public struct HistoryPage: Codable, Hashable, Sendable, Paged {
    public let items: [HistoryEntry]
    public let nextCursor: String?
}

// openapi: ExportedPlaylistDto
public struct ExportedPlaylist: Codable, Hashable, Sendable {
    public let playlistId: String
    public let name: String
    public let trackCount: Int
}

/// Where the phone is, sent with a vote or a proposal when the event has an area.
public struct VoteLocation: Encodable, Hashable, Sendable {
    public let lat: Double
    public let lng: Double
    public let accuracyMeters: Double

    public init(lat: Double, lng: Double, accuracyMeters: Double) {
        self.lat = lat
        self.lng = lng
        self.accuracyMeters = accuracyMeters
    }
}

public enum EventScope: String, Sendable, CaseIterable {
    case `public` = "public"
    case mine = "mine"
    case invited = "invited"
}

public enum PlaybackAction: String, Encodable, Sendable {
    case play
    case pause
    case next
    case seek
}

public struct PlaybackCommand: Encodable, Sendable {
    public let action: PlaybackAction
    public let positionMs: Int?
    public let fromEntryId: String?

    public init(action: PlaybackAction, positionMs: Int? = nil, fromEntryId: String? = nil) {
        self.action = action
        self.positionMs = positionMs
        self.fromEntryId = fromEntryId
    }
}
