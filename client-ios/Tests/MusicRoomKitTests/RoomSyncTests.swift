import XCTest
@testable import MusicRoomKit

/// A live event: REST first, then frames in version order, and REST again whenever a version is missing.
final class RoomSyncTests: XCTestCase {
    actor Changes {
        private(set) var fetches = 0
        private var continuation: AsyncStream<Event?>.Continuation?
        let stream: AsyncStream<Event?>

        init() {
            var captured: AsyncStream<Event?>.Continuation?
            stream = AsyncStream { captured = $0 }
            continuation = captured
        }

        func fetched() { fetches += 1 }
        func changed(_ event: Event?) { continuation?.yield(event) }
    }

    func testAppliesTheNextVersionAndRefetchesOnAGap() async throws {
        let event = try Fixtures.decode(Event.self, "rest/event.json")
        let entry = try XCTUnwrap(event.queue.first)
        let room = Event.room(event.id)
        let socket = ScriptedConnection()
        let client = RealtimeClient(
            server: URL(string: "http://localhost:3000")!,
            clientInfo: ClientInfo(deviceModel: "iPhone 15", appVersion: "1.0"),
            connector: ScriptedConnector([socket]),
            ackTimeout: 1000,
            tokenCheckInterval: 1000,
            sleep: scriptedSleep(SleepLog()),
            random: { 0.5 },
            token: { _ in "t" }
        )
        var events = await client.listen().makeAsyncIterator()
        await client.start()
        _ = await socket.acceptConnection()
        _ = await next(&events) { if case .connected = $0 { return true } else { return false } }

        let changes = Changes()
        let sync = RoomSync<Event>(room: room, realtime: client) {
            await changes.fetched()
            return event
        }
        let running = Task { await sync.run(onChange: { await changes.changed($0) }) }
        var states = changes.stream.makeAsyncIterator()

        let subscribe = await socket.clientSent()
        XCTAssertEqual(subscribe, "420[\"subscribe\",{\"room\":\"\(room)\"}]")
        socket.serverSends("430[{\"ok\":true,\"version\":\(event.version)}]")
        let fetched = await states.next()
        XCTAssertEqual(fetched??.version, event.version)

        let vote = "42[\"queue.vote_changed\",{\"room\":\"\(room)\",\"version\":\(event.version + 1),\"at\":\"2026-01-01T00:00:00.000Z\",\"entryId\":\"\(entry.id)\",\"score\":5}]"
        socket.serverSends(vote)
        let voted = await states.next()
        XCTAssertEqual(voted??.version, event.version + 1)
        XCTAssertEqual(voted??.queue.first?.score, 5)

        let gap = "42[\"queue.vote_changed\",{\"room\":\"\(room)\",\"version\":\(event.version + 3),\"at\":\"2026-01-01T00:00:00.000Z\",\"entryId\":\"\(entry.id)\",\"score\":9}]"
        socket.serverSends(gap)
        let refetched = await states.next()
        XCTAssertEqual(refetched??.version, event.version, "the REST state replaces the patched one")
        let fetches = await changes.fetches
        XCTAssertEqual(fetches, 2)

        running.cancel()
        await client.stop()
    }
}
