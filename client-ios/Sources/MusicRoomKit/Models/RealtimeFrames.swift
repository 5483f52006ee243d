import Foundation

// Payloads of the server → client Socket.IO events (src/contracts/realtime.ts, asyncapi.json). Every room
// frame carries `room` and `at`; frames that change an event or playlist also carry `version`, which rises by
// exactly one per change, so a gap means "refetch over REST". Presence and notifications carry no version.

/// The envelope fields every state-changing room frame has, whatever its event.
public protocol RoomFrame: Decodable, Sendable {
    var room: String { get }
    var version: Int { get }
    var at: Date { get }
}

/// The settings part of an event, as broadcast to everyone in its room (no per-user fields, no queue).
// asyncapi: EventSettingsDto
public struct EventSettingsSnapshot: Codable, Hashable, Sendable {
    public let id: String
    public let name: String
    public let description: String
    public let visibility: Visibility
    public let voteLicense: License
    public let geo: GeoArea?
    public let window: TimeWindow?
    public let maxProposalsPerUser: Int
    public let code: String
    public let fallbackPlaylistId: String?
    public let maxTrackDurationMs: Int?
    public let skipThreshold: Int?
    public let joinByLink: Bool
    public let owner: UserCard
    public let createdAt: Date
}

// asyncapi: EventUpdatedFrame
public struct EventUpdatedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let event: EventSettingsSnapshot
}

/// A queue entry as broadcast: the same for every listener, so without `votedByMe`.
// asyncapi: QueueEntryBaseDto
public struct BroadcastQueueEntry: Codable, Hashable, Sendable {
    public let id: String
    public let track: Track
    public let proposedBy: UserCard?
    public let score: Int
    public let proposedAt: Date

    /// As a queue entry of the caller's view; a new proposal has no vote of theirs yet.
    public var queueEntry: QueueEntry {
        QueueEntry(id: id, track: track, proposedBy: proposedBy, score: score, proposedAt: proposedAt, votedByMe: false)
    }
}

// asyncapi: QueueTrackAddedFrame
public struct QueueTrackAddedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let entry: BroadcastQueueEntry
}

// asyncapi: QueueTrackRemovedFrame
public struct QueueTrackRemovedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let entryId: String
    /// `removed` (by its proposer or a host) or `playing` (it went on the deck).
    public let reason: String
}

// asyncapi: QueueVoteChangedFrame
public struct QueueVoteChangedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let entryId: String
    public let score: Int
}

// asyncapi: PlaybackChangedFrame
public struct PlaybackChangedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let playback: Playback?
    /// play, pause, seek, next (a controller's command), auto_advance (the server at the track's end), crowd_skip.
    public let reason: String
}

// fixture: socket/playback.skip_votes_changed.json
public struct SkipVotesChangedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let entryId: String
    public let votes: Int
    public let threshold: Int
}

// asyncapi: MembersChangedFrame
public struct MembersChangedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let userId: String
    public let role: String?
    public let isDelegate: Bool?
}

// asyncapi: PresenceFrame
public struct PresenceFrame: Codable, Hashable, Sendable {
    public let room: String
    public let at: Date
    public let listeners: Int
}

/// A playlist's metadata as broadcast (no per-user fields, no tracks).
// asyncapi: PlaylistMetadataDto
public struct PlaylistMetadataSnapshot: Codable, Hashable, Sendable {
    public let id: String
    public let name: String
    public let description: String
    public let visibility: Visibility
    public let editLicense: License
    public let allowDuplicates: Bool
    public let owner: UserCard
    public let version: Int
    public let createdAt: Date
    public let updatedAt: Date
}

// asyncapi: PlaylistUpdatedFrame
public struct PlaylistUpdatedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let playlist: PlaylistMetadataSnapshot
}

// asyncapi: PlaylistTrackAddedFrame
public struct PlaylistTrackAddedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let entry: PlaylistEntry
}

// asyncapi: PlaylistTrackMovedFrame
public struct PlaylistTrackMovedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let entryId: String
    public let position: String
}

// asyncapi: PlaylistTrackRemovedFrame
public struct PlaylistTrackRemovedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
    public let entryId: String
}

// asyncapi: PlaylistDeletedFrame
public struct RoomDeletedFrame: Codable, RoomFrame, Hashable {
    public let room: String
    public let version: Int
    public let at: Date
}

/// In the user's own room; not versioned. The fields present depend on `type`.
// fixture: socket/notification.invitation.json
public struct NotificationFrame: Codable, Hashable, Sendable {
    public let room: String
    public let at: Date
    /// `friend.request`, `friend.accepted` or `invitation`: refetch the list it concerns.
    public let type: String
    public let invitationId: String?
    public let kind: InvitationKind?
    public let targetId: String?
    public let invitedById: String?
    public let role: String?
    public let requestId: String?
    public let fromUserId: String?
    public let userId: String?
}

// asyncapi: SessionEndedFrame
public struct SessionEndedFrame: Codable, Hashable, Sendable {
    /// `expired` or `revoked`.
    public let reason: String
}

// fixture: socket/subscribe.ack.json
public struct SubscribeAck: Codable, Hashable, Sendable {
    public let ok: Bool
    public let version: Int?
    public let code: String?
    public let message: String?
}
