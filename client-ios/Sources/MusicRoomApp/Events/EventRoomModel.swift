#if os(iOS)
import Foundation
import MusicRoomKit
import Observation

/// One event room: its live state (REST + socket, resynced on gaps and reconnects) and what the user does in it.
@MainActor
@Observable
final class EventRoomModel {
    let eventId: String
    private(set) var event: Event?
    private(set) var deleted = false
    private(set) var skip: SkipVotes?
    private(set) var delegates: [Delegate] = []
    private(set) var grantsHeld: [IncomingDelegation] = []
    var error: Error?
    private let location = LocationProvider()

    init(eventId: String) {
        self.eventId = eventId
    }

    /// Keeps the event live while the view is on screen (the `.task` that calls it is cancelled on leave).
    func follow(_ app: AppModel) async {
        let id = eventId
        await app.keepLive(
            room: Event.room(id),
            fetch: { api in try await api.send(API.Events.get(id)) },
            onChange: { [weak self] event in
                if let event { self?.event = event } else { self?.deleted = true }
            },
            onError: { [weak self] error in self?.error = error }
        )
    }

    /// Runs one user action; its error, if any, is shown in the room.
    private func perform(_ action: () async throws -> Void) async {
        do {
            try await action()
            error = nil
        } catch {
            self.error = error
        }
    }

    func loadGrants(_ app: AppModel) async {
        guard let event else { return }
        if event.myRole == .owner {
            delegates = (try? await app.api.send(API.Events.delegates(eventId))) ?? []
        }
        grantsHeld = ((try? await app.api.send(API.delegations())) ?? []).filter { $0.event.id == eventId }
    }

    /// The location goes with the vote only when the event has an area.
    private func locationIfNeeded() async throws -> VoteLocation? {
        guard event?.geo != nil else { return nil }
        return try await location.voteLocation()
    }

    func toggleVote(_ entry: QueueEntry, app: AppModel) async {
        await perform {
            let result: VoteResult
            if entry.votedByMe {
                result = try await app.api.send(API.Events.unvote(eventId, entryId: entry.id))
            } else {
                result = try await app.api.send(API.Events.vote(eventId, entryId: entry.id, location: try await locationIfNeeded()))
            }
            if let index = event?.queue.firstIndex(where: { $0.id == entry.id }) {
                event?.queue[index].votedByMe = result.votedByMe
                event?.queue[index].score = result.score
                event?.queue.sort(by: Event.queueOrder)
            }
        }
    }

    func propose(_ track: Track, app: AppModel) async {
        await perform {
            _ = try await app.api.send(API.Events.propose(eventId, track: TrackReference(track), location: try await locationIfNeeded()))
        }
    }

    func remove(_ entry: QueueEntry, app: AppModel) async {
        await perform { _ = try await app.api.send(API.Events.removeEntry(eventId, entryId: entry.id)) }
    }

    /// `next` names the playing entry, so a double tap advances once.
    func control(_ action: PlaybackAction, app: AppModel) async {
        let from = action == .next ? event?.nowPlaying?.entryId : nil
        await perform { _ = try await app.api.send(API.Events.playback(eventId, PlaybackCommand(action: action, fromEntryId: from))) }
    }

    func toggleSkip(app: AppModel) async {
        guard let entryId = event?.nowPlaying?.entryId else { return }
        await perform {
            if skip?.votedByMe == true {
                skip = try await app.api.send(API.Events.withdrawSkip(eventId, entryId: entryId))
            } else {
                skip = try await app.api.send(API.Events.voteSkip(eventId, entryId: entryId, location: try await locationIfNeeded()))
            }
        }
    }

    /// The skip count of the track on the deck (it resets when the track changes).
    func loadSkipVotes(_ app: AppModel) async {
        skip = try? await app.api.send(API.Events.skipVotes(eventId))
    }

    /// Makes this phone the device that plays the event's audio.
    func playHere(app: AppModel) async {
        await perform {
            let sessions = try await app.api.send(API.Auth.sessions())
            guard let current = sessions.first(where: \.current) else { return }
            _ = try await app.api.send(API.Events.setPlayer(eventId, sessionId: current.id))
        }
    }

    func grant(to friend: UserCard, app: AppModel) async {
        await perform { _ = try await app.api.send(API.Events.grant(eventId, userId: friend.id)) }
        await loadGrants(app)
    }

    func revoke(_ delegate: Delegate, app: AppModel) async {
        await perform { _ = try await app.api.send(API.Events.revokeGrant(eventId, userId: delegate.user.id)) }
        await loadGrants(app)
    }
}
#endif
