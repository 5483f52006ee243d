import Foundation

/// What a room frame does to the state the app holds.
public enum FrameOutcome: Hashable, Sendable {
    /// Applied in place; the state is now at the frame's version.
    case applied
    /// Already seen (an older or repeated version): nothing to do.
    case ignored
    /// A version was skipped, or the frame needs data only REST has: refetch.
    case needsResync
    /// The event or playlist is gone.
    case deleted
}

/// A model kept live by the frames of its room.
public protocol LiveModel: Sendable {
    var version: Int { get set }
    /// Applies a frame whose version is exactly `version + 1`.
    mutating func apply(frame name: String, payload: JSONValue) throws -> FrameOutcome
}

public enum VersionGate {
    /// Exactly the next version applies; an old one is ignored; a jump means frames were missed.
    public static func check(current: Int, incoming: Int?) -> FrameOutcome {
        guard let incoming else { return .needsResync }
        if incoming <= current { return .ignored }
        return incoming == current + 1 ? .applied : .needsResync
    }
}

extension LiveModel {
    /// The version gate, then `apply`; the version moves only when the frame was applied.
    public mutating func receive(frame name: String, payload: JSONValue) -> FrameOutcome {
        if name.hasSuffix(".deleted") { return .deleted }
        let gate = VersionGate.check(current: version, incoming: payload["version"]?.intValue)
        guard gate == .applied else { return gate }
        guard let outcome = try? apply(frame: name, payload: payload) else { return .needsResync }
        if outcome == .applied, let incoming = payload["version"]?.intValue { version = incoming }
        return outcome
    }
}

extension Event: LiveModel {
    public static func room(_ id: String) -> String { "event:\(id)" }

    public mutating func apply(frame name: String, payload: JSONValue) throws -> FrameOutcome {
        switch name {
        case "queue.track_added":
            let frame = try payload.decode(QueueTrackAddedFrame.self)
            queue.removeAll { $0.id == frame.entry.id }
            queue.append(frame.entry.queueEntry)
        case "queue.track_removed":
            let frame = try payload.decode(QueueTrackRemovedFrame.self)
            queue.removeAll { $0.id == frame.entryId }
        case "queue.vote_changed":
            let frame = try payload.decode(QueueVoteChangedFrame.self)
            guard let index = queue.firstIndex(where: { $0.id == frame.entryId }) else { return .needsResync }
            queue[index].score = frame.score
        case "playback.changed":
            nowPlaying = try payload.decode(PlaybackChangedFrame.self).playback
        default:
            // Settings, members and anything new change per-user fields (role, canVote): refetch.
            return .needsResync
        }
        queue.sort(by: Event.queueOrder)
        return .applied
    }

    /// Score first, then the earlier proposal.
    public static func queueOrder(_ a: QueueEntry, _ b: QueueEntry) -> Bool {
        if a.score != b.score { return a.score > b.score }
        return a.proposedAt < b.proposedAt
    }
}

extension Playlist: LiveModel {
    public static func room(_ id: String) -> String { "playlist:\(id)" }

    public mutating func apply(frame name: String, payload: JSONValue) throws -> FrameOutcome {
        switch name {
        case "playlist.track_added":
            let frame = try payload.decode(PlaylistTrackAddedFrame.self)
            tracks.removeAll { $0.id == frame.entry.id }
            tracks.append(frame.entry)
        case "playlist.track_moved":
            let frame = try payload.decode(PlaylistTrackMovedFrame.self)
            guard let index = tracks.firstIndex(where: { $0.id == frame.entryId }) else { return .needsResync }
            tracks[index].position = frame.position
        case "playlist.track_removed":
            let frame = try payload.decode(PlaylistTrackRemovedFrame.self)
            tracks.removeAll { $0.id == frame.entryId }
        default:
            return .needsResync
        }
        tracks.sort { Playlist.positionOrder($0.position, $1.position) }
        return .applied
    }

    /// Fractional index keys compare byte by byte (the server sorts them with `COLLATE "C"`).
    public static func positionOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
