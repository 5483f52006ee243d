import XCTest
@testable import MusicRoomKit

final class RealtimeClientTests: XCTestCase {
    private let server = URL(string: "https://musicroom.example")!

    private func makeClient(_ connector: ScriptedConnector, sleeps: SleepLog, tokens: TokenLog, tokenCheckInterval: TimeInterval = 1000) -> RealtimeClient {
        RealtimeClient(
            server: server,
            clientInfo: ClientInfo(deviceModel: "iPhone 15", appVersion: "1.0"),
            connector: connector,
            backoff: Backoff(initial: 0.5, factor: 2, maximum: 30, jitter: 0.5),
            ackTimeout: 1000,
            tokenCheckInterval: tokenCheckInterval,
            sleep: scriptedSleep(sleeps),
            random: { 0.5 },
            token: { force in await tokens.issue(force: force) }
        )
    }

    func testConnectsWithTheTokenAnswersPingsSubscribesWithAckAndDeliversFrames() async throws {
        let socket = ScriptedConnection()
        let connector = ScriptedConnector([socket])
        let client = makeClient(connector, sleeps: SleepLog(), tokens: TokenLog())
        var events = await client.listen().makeAsyncIterator()
        await client.start()

        let connect = await socket.acceptConnection()
        XCTAssertEqual(connect, "40{\"token\":\"token-1\"}")
        XCTAssertEqual(connector.urls.first?.absoluteString, "wss://musicroom.example/socket.io/?EIO=4&transport=websocket")
        let connected = await next(&events) { if case .connected = $0 { return true } else { return false } }
        XCTAssertEqual(connected, .connected(isReconnect: false))

        socket.serverSends("2")
        let pong = await socket.clientSent()
        XCTAssertEqual(pong, "3")

        async let version = client.subscribe("event:1")
        let subscribe = await socket.clientSent()
        XCTAssertEqual(subscribe, "420[\"subscribe\",{\"room\":\"event:1\"}]")
        socket.serverSends("430[{\"ok\":true,\"version\":7}]")
        let subscribedVersion = try await version
        XCTAssertEqual(subscribedVersion, 7)

        let frame = try Fixtures.json("socket/queue.vote_changed.json")["frame"]?.stringValue ?? ""
        socket.serverSends(frame)
        let delivered = await next(&events) { if case .frame = $0 { return true } else { return false } }
        guard case .frame(let name, let payload)? = delivered else { return XCTFail("no frame") }
        XCTAssertEqual(name, "queue.vote_changed")
        XCTAssertEqual(payload["score"]?.intValue, 1)
        await client.stop()
    }

    func testReconnectsWithBackoffAndSubscribesToItsRoomsAgain() async throws {
        let first = ScriptedConnection()
        let second = ScriptedConnection()
        let sleeps = SleepLog()
        let client = makeClient(ScriptedConnector([first, second]), sleeps: sleeps, tokens: TokenLog())
        var events = await client.listen().makeAsyncIterator()
        try await client.subscribe("playlist:9")
        await client.start()

        _ = await first.acceptConnection()
        let firstSubscribe = await first.clientSent()
        XCTAssertEqual(firstSubscribe, "420[\"subscribe\",{\"room\":\"playlist:9\"}]")
        first.serverSends("430[{\"ok\":true,\"version\":3}]")
        _ = await next(&events) { $0 == .subscribed(room: "playlist:9", version: 3) }

        first.close()
        _ = await next(&events) { if case .disconnected = $0 { return true } else { return false } }
        _ = await second.acceptConnection(sid: "s2")
        let reconnected = await next(&events) { if case .connected = $0 { return true } else { return false } }
        XCTAssertEqual(reconnected, .connected(isReconnect: true))
        let again = await second.clientSent()
        XCTAssertEqual(again, "421[\"subscribe\",{\"room\":\"playlist:9\"}]")
        second.serverSends("431[{\"ok\":true,\"version\":5}]")
        let resubscribed = await next(&events) { if case .subscribed = $0 { return true } else { return false } }
        XCTAssertEqual(resubscribed, .subscribed(room: "playlist:9", version: 5), "a new version after a reconnect makes the room resync")
        let waited = await sleeps.durations
        XCTAssertEqual(waited, [0.5])
        await client.stop()
    }

    func testARefusedTokenIsRefreshedBeforeTheNextAttempt() async throws {
        let first = ScriptedConnection()
        let second = ScriptedConnection()
        let tokens = TokenLog()
        let client = makeClient(ScriptedConnector([first, second]), sleeps: SleepLog(), tokens: tokens)
        var events = await client.listen().makeAsyncIterator()
        await client.start()

        first.serverSends("0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":250000,\"pingTimeout\":200000}")
        _ = await first.clientSent()
        first.serverSends("44{\"message\":\"UNAUTHENTICATED\"}")
        let refused = await next(&events) { if case .refused = $0 { return true } else { return false } }
        XCTAssertEqual(refused, .refused(code: "UNAUTHENTICATED"))

        let connect = await second.acceptConnection()
        XCTAssertEqual(connect, "40{\"token\":\"token-2\"}")
        let forced = await tokens.forced
        XCTAssertEqual(forced, [false, true])
        await client.stop()
    }

    func testHandsTheServerAFreshTokenBeforeTheOldOneExpires() async throws {
        let socket = ScriptedConnection()
        let client = makeClient(ScriptedConnector([socket]), sleeps: SleepLog(), tokens: TokenLog(), tokenCheckInterval: 50)
        await client.start()
        _ = await socket.acceptConnection()
        let refresh = await socket.clientSent()
        XCTAssertEqual(refresh, "420[\"auth.refresh\",{\"token\":\"token-2\"}]")
        await client.stop()
    }

    func testARevokedSessionStopsTheClient() async throws {
        let socket = ScriptedConnection()
        let client = makeClient(ScriptedConnector([socket]), sleeps: SleepLog(), tokens: TokenLog())
        var events = await client.listen().makeAsyncIterator()
        await client.start()
        _ = await socket.acceptConnection()
        let ended = try Fixtures.json("socket/session.ended.json")["frame"]?.stringValue ?? ""
        socket.serverSends(ended)
        let event = await next(&events) { if case .sessionEnded = $0 { return true } else { return false } }
        XCTAssertEqual(event, .sessionEnded(reason: "revoked"))
    }
}

actor TokenLog {
    private(set) var forced: [Bool] = []

    func issue(force: Bool) -> String {
        forced.append(force)
        return "token-\(forced.count)"
    }
}
