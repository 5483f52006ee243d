import XCTest
@testable import MusicRoomKit

final class APIClientTests: XCTestCase {
    private let server = URL(string: "http://localhost:3000")!
    private let info = ClientInfo(deviceModel: "iPhone 15", appVersion: "1.2.0")

    private func client(_ session: URLSession, store: TokenStore = InMemoryTokenStore(), sleeps: SleepLog = SleepLog()) -> APIClient {
        APIClient(server: server, clientInfo: info, tokenStore: store, session: session, maxAutomaticRetryWait: 5, sleep: { await sleeps.record($0) })
    }

    private func sessionJSON(access: String, refresh: String) throws -> Data {
        var session = try Fixtures.json("rest/session.json")
        if case .object(var object) = session {
            object["accessToken"] = .string(access)
            object["refreshToken"] = .string(refresh)
            session = .object(object)
        }
        return try MusicRoomJSON.encoder.encode(session)
    }

    func testSignInSendsTheClientHeadersKeepsTheRefreshTokenAndAuthorisesLaterCalls() async throws {
        let login = try sessionJSON(access: "access-1", refresh: "refresh-1")
        let event = try Fixtures.data("rest/event.json")
        let urlSession = StubURLProtocol.session { sent in
            sent.url.path.hasSuffix("/auth/login") ? .init(status: 200, body: login) : .init(status: 200, body: event)
        }
        let store = InMemoryTokenStore()
        let api = client(urlSession, store: store)

        _ = try await api.signIn(email: "a@example.test", password: "secret")
        let loaded = try await api.send(API.Events.get("e1"))

        XCTAssertFalse(loaded.queue.isEmpty)
        let stored = await store.loadRefreshToken()
        XCTAssertEqual(stored, "refresh-1")
        let requests = StubURLProtocol.requests
        XCTAssertEqual(requests.map(\.url.path), ["/api/auth/login", "/api/events/e1"])
        for request in requests {
            XCTAssertEqual(request.headers["X-Client-Platform"], "ios")
            XCTAssertEqual(request.headers["X-Client-Device"], "iPhone 15")
            XCTAssertEqual(request.headers["X-Client-App-Version"], "1.2.0")
        }
        XCTAssertNil(requests[0].headers["Authorization"])
        XCTAssertEqual(requests[1].headers["Authorization"], "Bearer access-1")
        let body = try MusicRoomJSON.decoder.decode(JSONValue.self, from: requests[0].body)
        XCTAssertEqual(body["email"]?.stringValue, "a@example.test")
    }

    func testTheErrorContractBecomesAnAPIErrorWithItsCode() async throws {
        let refused = try Fixtures.data("errors/vote-outside-area.json")
        let login = try sessionJSON(access: "a", refresh: "r")
        let api = client(StubURLProtocol.session { sent in
            sent.url.path.hasSuffix("/auth/login") ? .init(status: 200, body: login) : .init(status: 403, body: refused)
        })
        _ = try await api.signIn(email: "a@example.test", password: "p")
        do {
            _ = try await api.send(API.Events.vote("e", entryId: "q", location: VoteLocation(lat: 45.7, lng: 4.8, accuracyMeters: 10)))
            XCTFail("expected a refusal")
        } catch let error as APIError {
            XCTAssertEqual(error.status, 403)
            XCTAssertEqual(error.code, "VOTE_OUTSIDE_AREA")
            XCTAssertNil(error.retryAfter)
        }
    }

    func testAnExpiredTokenIsRefreshedOnceForConcurrentCallsThenRetried() async throws {
        let refreshed = try sessionJSON(access: "access-2", refresh: "refresh-2")
        let expired = try MusicRoomJSON.encoder.encode(JSONValue.object([
            "statusCode": .number(401), "code": .string("TOKEN_EXPIRED"), "message": .string("expired"), "requestId": .string("r"), "details": .object([:]),
        ]))
        let me = try Fixtures.data("rest/me.json")
        let urlSession = StubURLProtocol.session { sent in
            if sent.url.path.hasSuffix("/auth/refresh") { return .init(status: 200, body: refreshed) }
            return sent.headers["Authorization"] == "Bearer access-2" ? .init(status: 200, body: me) : .init(status: 401, body: expired)
        }
        let store = InMemoryTokenStore(refreshToken: "refresh-1")
        let api = client(urlSession, store: store)
        await api.adopt(try MusicRoomJSON.decoder.decode(Session.self, from: sessionJSON(access: "access-1", refresh: "refresh-1")))

        async let first = api.send(API.Users.me())
        async let second = api.send(API.Users.me())
        let results = try await [first, second]

        XCTAssertEqual(results.count, 2)
        let refreshes = StubURLProtocol.requests.filter { $0.url.path.hasSuffix("/auth/refresh") }
        XCTAssertEqual(refreshes.count, 1, "a rotated refresh token must be sent once")
        let sentToken = try MusicRoomJSON.decoder.decode(JSONValue.self, from: refreshes[0].body)["refreshToken"]?.stringValue
        XCTAssertEqual(sentToken, "refresh-1")
        let stored = await store.loadRefreshToken()
        XCTAssertEqual(stored, "refresh-2")
    }

    func testARefusedRefreshSignsOutAndForgetsTheToken() async throws {
        let unauthenticated = try Fixtures.data("errors/unauthenticated.json")
        let api = client(StubURLProtocol.session { _ in .init(status: 401, body: unauthenticated) }, store: InMemoryTokenStore(refreshToken: "old"))
        do {
            _ = try await api.send(API.Users.me())
            XCTFail("expected sign-out")
        } catch let error as APIError {
            XCTAssertEqual(error, .signedOut)
        }
        let restored = await api.restore()
        XCTAssertFalse(restored)
    }

    func testAShortRetryAfterIsWaitedOutAndALongOneReachesTheCaller() async throws {
        let limited = try Fixtures.data("errors/rate-limited.json")
        let accepted = try Fixtures.data("rest/accepted.json")
        var calls = 0
        let sleeps = SleepLog()
        let api = client(StubURLProtocol.session { _ in
            calls += 1
            return calls == 1 ? .init(status: 429, headers: ["Retry-After": "2"], body: limited) : .init(status: 202, body: accepted)
        }, sleeps: sleeps)
        _ = try await api.send(API.Auth.forgotPassword(email: "a@example.test"))
        let waited = await sleeps.durations
        XCTAssertEqual(waited, [2])
        XCTAssertEqual(StubURLProtocol.requests.count, 2)

        let patient = client(StubURLProtocol.session { _ in .init(status: 429, headers: ["Retry-After": "60"], body: limited) })
        do {
            _ = try await patient.send(API.Auth.forgotPassword(email: "a@example.test"))
            XCTFail("expected RATE_LIMITED")
        } catch let error as APIError {
            XCTAssertEqual(error.code, "RATE_LIMITED")
            XCTAssertEqual(error.retryAfter, 60)
        }
        XCTAssertEqual(StubURLProtocol.requests.count, 1)
    }

    func testNoContentAnswersAndQueryStrings() async throws {
        let login = try sessionJSON(access: "a", refresh: "r")
        let api = client(StubURLProtocol.session { sent in
            sent.url.path.hasSuffix("/auth/login") ? .init(status: 200, body: login) : .init(status: 204)
        })
        _ = try await api.signIn(email: "a@example.test", password: "p")
        let none = try await api.send(API.Auth.revokeOtherSessions())
        XCTAssertEqual(none, NoContent.none)
        _ = try? await api.send(API.Events.nearby(lat: 48.85, lng: 2.35, radiusKm: 5))
        let nearby = try XCTUnwrap(StubURLProtocol.requests.last?.url)
        XCTAssertEqual(nearby.path, "/api/events")
        XCTAssertTrue(nearby.query?.contains("near=48.85,2.35") ?? false, nearby.absoluteString)
    }

    func testParsesRetryAfterInSecondsOrAsADate() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        XCTAssertEqual(parseRetryAfter("7", now: now), 7)
        XCTAssertNil(parseRetryAfter("soon", now: now))
        XCTAssertEqual(parseRetryAfter("Mon, 12 Jan 1970 13:46:50 GMT", now: now), 10)
    }

    func testReadsTheOAuthCallback() {
        XCTAssertEqual(OAuthFlow.parse(callback: URL(string: "musicroom://auth?code=abc")!), .code("abc"))
        XCTAssertEqual(OAuthFlow.parse(callback: URL(string: "musicroom://auth?error=access_denied")!), .failure("access_denied"))
        XCTAssertNil(OAuthFlow.parse(callback: URL(string: "https://evil.example/auth?code=abc")!))
        let start = OAuthFlow.startURL(server: server, provider: .fortyTwo)
        XCTAssertEqual(start?.absoluteString, "http://localhost:3000/api/auth/oauth/42?redirectUri=musicroom://auth")
    }
}

actor SleepLog {
    private(set) var durations: [TimeInterval] = []

    func record(_ seconds: TimeInterval) {
        durations.append(seconds)
    }
}
