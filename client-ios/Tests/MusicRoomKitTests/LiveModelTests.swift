import XCTest
@testable import MusicRoomKit

final class LiveModelTests: XCTestCase {
    private func frame(_ name: String, version: Int, _ fields: [String: JSONValue]) -> JSONValue {
        var object = fields
        object["room"] = .string("event:x")
        object["version"] = .number(Double(version))
        object["at"] = .string("2026-01-01T00:00:00.000Z")
        return .object(object)
    }

    func testTheVersionGateAppliesOnlyTheNextVersion() {
        XCTAssertEqual(VersionGate.check(current: 4, incoming: 5), .applied)
        XCTAssertEqual(VersionGate.check(current: 4, incoming: 4), .ignored)
        XCTAssertEqual(VersionGate.check(current: 4, incoming: 2), .ignored)
        XCTAssertEqual(VersionGate.check(current: 4, incoming: 6), .needsResync)
        XCTAssertEqual(VersionGate.check(current: 4, incoming: nil), .needsResync)
    }

    func testAVoteChangeReordersTheQueueAndMovesTheVersion() throws {
        var event = try Fixtures.decode(Event.self, "rest/event.json")
        let added = try Fixtures.decode(QueueTrackAddedFrame.self, "socket/queue.track_added.json", pointer: "payload")
        let addFrame = frame("queue.track_added", version: event.version + 1, ["entry": try JSONValue(encoding: added.entry)])
        XCTAssertEqual(event.receive(frame: "queue.track_added", payload: addFrame), .applied)
        XCTAssertTrue(event.queue.contains { $0.id == added.entry.id })

        let vote = frame("queue.vote_changed", version: event.version + 1, ["entryId": .string(added.entry.id), "score": .number(9)])
        XCTAssertEqual(event.receive(frame: "queue.vote_changed", payload: vote), .applied)
        XCTAssertEqual(event.queue.first?.id, added.entry.id)
        XCTAssertEqual(event.queue.first?.score, 9)
        XCTAssertEqual(event.version, vote["version"]?.intValue)

        XCTAssertEqual(event.receive(frame: "queue.vote_changed", payload: vote), .ignored)
        let jump = frame("queue.vote_changed", version: event.version + 2, ["entryId": .string(added.entry.id), "score": .number(1)])
        XCTAssertEqual(event.receive(frame: "queue.vote_changed", payload: jump), .needsResync)
        XCTAssertEqual(event.queue.first?.score, 9)
    }

    func testSettingsAndMembershipChangesAskForARefetchAndDeletionEndsTheRoom() throws {
        var event = try Fixtures.decode(Event.self, "rest/event.json")
        let updated = frame("event.updated", version: event.version + 1, [:])
        XCTAssertEqual(event.receive(frame: "event.updated", payload: updated), .needsResync)
        XCTAssertEqual(event.receive(frame: "event.deleted", payload: updated), .deleted)
    }

    func testPlaylistMovesSortByPositionKeysInByteOrder() throws {
        var playlist = try Fixtures.decode(Playlist.self, "rest/playlist.json")
        let entry = try Fixtures.decode(PlaylistEntry.self, "rest/playlist-entry.json")
        let added = frame("playlist.track_added", version: playlist.version + 1, ["entry": try JSONValue(encoding: entry)])
        XCTAssertEqual(playlist.receive(frame: "playlist.track_added", payload: added), .applied)
        let moved = frame("playlist.track_moved", version: playlist.version + 1, ["entryId": .string(entry.id), "position": .string("Zz")])
        XCTAssertEqual(playlist.receive(frame: "playlist.track_moved", payload: moved), .applied)
        XCTAssertEqual(playlist.tracks.first?.id, entry.id, "uppercase sorts before lowercase in byte order")
        XCTAssertTrue(Playlist.positionOrder("a0", "a0V"))
        XCTAssertTrue(Playlist.positionOrder("Zz", "a0"))
    }

    func testBackoffGrowsIsCappedAndStaysWithinItsJitter() {
        let backoff = Backoff(initial: 0.5, factor: 2, maximum: 30, jitter: 0.5)
        XCTAssertEqual(backoff.delay(attempt: 0, random: 0.5), 0.5)
        XCTAssertEqual(backoff.delay(attempt: 3, random: 0.5), 4)
        XCTAssertEqual(backoff.delay(attempt: 20, random: 0.5), 30)
        XCTAssertEqual(backoff.delay(attempt: 2, random: 0), 1)
        XCTAssertEqual(backoff.delay(attempt: 2, random: 1), 3)
        XCTAssertLessThanOrEqual(backoff.delay(attempt: 20, random: 1), 30)
    }
}
