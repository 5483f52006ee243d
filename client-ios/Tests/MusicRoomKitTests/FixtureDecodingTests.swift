import XCTest
@testable import MusicRoomKit

/// Every response and frame the backend really sends decodes into the model the app uses for it.
final class FixtureDecodingTests: XCTestCase {
    /// The Swift type names the manifest uses, and how to decode each.
    static let decoders: [String: (Data) throws -> Void] = [
        "Accepted": { try decodeOneOrMany(Accepted.self, $0) },
        "AvatarURL": { try decodeOneOrMany(AvatarURL.self, $0) },
        "Delegate": { try decodeOneOrMany(Delegate.self, $0) },
        "DeviceSession": { try decodeOneOrMany(DeviceSession.self, $0) },
        "ErrorBody": { try decodeOneOrMany(ErrorBody.self, $0) },
        "Event": { try decodeOneOrMany(Event.self, $0) },
        "EventPreview": { try decodeOneOrMany(EventPreview.self, $0) },
        "EventPage": { try decodeOneOrMany(EventPage.self, $0) },
        "EventUpdatedFrame": { try decodeOneOrMany(EventUpdatedFrame.self, $0) },
        "ExportedPlaylist": { try decodeOneOrMany(ExportedPlaylist.self, $0) },
        "FriendPage": { try decodeOneOrMany(FriendPage.self, $0) },
        "FriendRequest": { try decodeOneOrMany(FriendRequest.self, $0) },
        "FriendRequestPage": { try decodeOneOrMany(FriendRequestPage.self, $0) },
        "Friendship": { try decodeOneOrMany(Friendship.self, $0) },
        "HistoryPage": { try decodeOneOrMany(HistoryPage.self, $0) },
        "IncomingDelegation": { try decodeOneOrMany(IncomingDelegation.self, $0) },
        "Identity": { try decodeOneOrMany(Identity.self, $0) },
        "InvitationPage": { try decodeOneOrMany(InvitationPage.self, $0) },
        "InvitationResponse": { try decodeOneOrMany(InvitationResponse.self, $0) },
        "Me": { try decodeOneOrMany(Me.self, $0) },
        "MembersChangedFrame": { try decodeOneOrMany(MembersChangedFrame.self, $0) },
        "MusicProvider": { try decodeOneOrMany(MusicProvider.self, $0) },
        "NotificationFrame": { try decodeOneOrMany(NotificationFrame.self, $0) },
        "Playback": { try decodeOneOrMany(Playback.self, $0) },
        "PlaybackChangedFrame": { try decodeOneOrMany(PlaybackChangedFrame.self, $0) },
        "Player": { try decodeOneOrMany(Player.self, $0) },
        "Playlist": { try decodeOneOrMany(Playlist.self, $0) },
        "PlaylistEntry": { try decodeOneOrMany(PlaylistEntry.self, $0) },
        "PlaylistPage": { try decodeOneOrMany(PlaylistPage.self, $0) },
        "PlaylistTrackAddedFrame": { try decodeOneOrMany(PlaylistTrackAddedFrame.self, $0) },
        "PlaylistTrackMovedFrame": { try decodeOneOrMany(PlaylistTrackMovedFrame.self, $0) },
        "PlaylistTrackRemovedFrame": { try decodeOneOrMany(PlaylistTrackRemovedFrame.self, $0) },
        "PlaylistUpdatedFrame": { try decodeOneOrMany(PlaylistUpdatedFrame.self, $0) },
        "PresenceFrame": { try decodeOneOrMany(PresenceFrame.self, $0) },
        "Profile": { try decodeOneOrMany(Profile.self, $0) },
        "QueueEntry": { try decodeOneOrMany(QueueEntry.self, $0) },
        "QueueTrackAddedFrame": { try decodeOneOrMany(QueueTrackAddedFrame.self, $0) },
        "QueueTrackRemovedFrame": { try decodeOneOrMany(QueueTrackRemovedFrame.self, $0) },
        "QueueVoteChangedFrame": { try decodeOneOrMany(QueueVoteChangedFrame.self, $0) },
        "RoomDeletedFrame": { try decodeOneOrMany(RoomDeletedFrame.self, $0) },
        "SearchResult": { try decodeOneOrMany(SearchResult.self, $0) },
        "Session": { try decodeOneOrMany(Session.self, $0) },
        "SessionEndedFrame": { try decodeOneOrMany(SessionEndedFrame.self, $0) },
        "SkipVotes": { try decodeOneOrMany(SkipVotes.self, $0) },
        "SubscribeAck": { try decodeOneOrMany(SubscribeAck.self, $0) },
        "UserCardPage": { try decodeOneOrMany(UserCardPage.self, $0) },
        "VoteResult": { try decodeOneOrMany(VoteResult.self, $0) },
    ]

    func testEveryRecordedFixtureDecodesIntoItsModel() throws {
        let manifest = try Fixtures.manifest()
        XCTAssertGreaterThanOrEqual(manifest.count, 50)
        for binding in manifest {
            guard let decode = Self.decoders[binding.type] else {
                XCTFail("No decoder for \(binding.type) (\(binding.file))")
                continue
            }
            XCTAssertNoThrow(try decode(Fixtures.data(binding.file, pointer: binding.pointer)), "\(binding.file) as \(binding.type)")
        }
    }

    func testSocketFixturesCarryTheExactFrameTheirPayloadCameIn() throws {
        for binding in try Fixtures.manifest() where binding.file.hasPrefix("socket/") {
            let recording = try Fixtures.json(binding.file)
            let frame = try XCTUnwrap(recording["frame"]?.stringValue)
            let engine = try EngineIOPacket.decode(frame)
            XCTAssertEqual(engine.kind, .message, binding.file)
            let packet = try SocketIOPacket.decode(try XCTUnwrap(engine.data))
            switch packet.kind {
            case .event:
                let event = try XCTUnwrap(packet.event, binding.file)
                XCTAssertEqual(event.name, recording["event"]?.stringValue, binding.file)
                XCTAssertEqual(event.arguments.first, recording["payload"], binding.file)
            case .ack:
                guard case .array(let arguments)? = packet.data else { return XCTFail(binding.file) }
                XCTAssertEqual(arguments.first, recording["payload"], binding.file)
            default:
                XCTFail("\(binding.file): unexpected packet \(packet.kind)")
            }
        }
    }

    func testAnEventDecodesWithItsQueueAreaAndPlayback() throws {
        let event = try Fixtures.decode(Event.self, "rest/event.json")
        XCTAssertNotNil(event.geo)
        XCTAssertNotNil(event.window)
        XCTAssertFalse(event.queue.isEmpty)
        XCTAssertEqual(event.queue, event.queue.sorted(by: Event.queueOrder))
        XCTAssertEqual(event.nowPlaying?.state, .playing)
        XCTAssertEqual(event.myRole, .owner)
    }

    func testErrorBodiesKeepTheirCodeAndFieldProblems() throws {
        let validation = try Fixtures.decode(ErrorBody.self, "errors/validation-failed.json")
        XCTAssertEqual(validation.code, "VALIDATION_FAILED")
        XCTAssertFalse(validation.fieldProblems.isEmpty)
        XCTAssertEqual(try Fixtures.decode(ErrorBody.self, "errors/vote-outside-area.json").code, "VOTE_OUTSIDE_AREA")
        XCTAssertEqual(try Fixtures.decode(ErrorBody.self, "errors/location-required.json").code, "LOCATION_REQUIRED")
        XCTAssertEqual(try Fixtures.decode(ErrorBody.self, "errors/rate-limited.json").statusCode, 429)
    }

    func testAFriendRequestAnswerIsARequestOrAFriendship() throws {
        let request = try MusicRoomJSON.decoder.decode(FriendRequestOutcome.self, from: Fixtures.data("rest/friend-request.json"))
        guard case .requested = request else { return XCTFail("expected a pending request") }
        let friendship = try MusicRoomJSON.decoder.decode(FriendRequestOutcome.self, from: Fixtures.data("rest/friendship.json"))
        guard case .friends = friendship else { return XCTFail("expected a friendship") }
    }
}
