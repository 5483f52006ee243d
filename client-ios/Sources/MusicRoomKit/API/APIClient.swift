import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The REST client: adds the `X-Client-*` headers and the bearer token, refreshes the token once when it
/// expires (one refresh at a time, however many calls hit the expiry together), maps the error contract to
/// `APIError`, and waits out a short `Retry-After` before trying a rate-limited call again.
public actor APIClient {
    public let server: URL
    public let clientInfo: ClientInfo
    private let session: URLSession
    private let tokenStore: TokenStore
    private let sleep: @Sendable (TimeInterval) async throws -> Void
    private let now: @Sendable () -> Date
    /// A `Retry-After` up to this long is waited out once; longer ones reach the caller.
    private let maxAutomaticRetryWait: TimeInterval

    private var accessToken: String?
    private var accessTokenExpiry: Date?
    private var refreshing: Task<Session, Error>?
    private var sessionListener: (@Sendable (Session?) -> Void)?

    public init(
        server: URL,
        clientInfo: ClientInfo,
        tokenStore: TokenStore,
        session: URLSession = .shared,
        maxAutomaticRetryWait: TimeInterval = 5,
        sleep: @escaping @Sendable (TimeInterval) async throws -> Void = { try await Task.sleep(nanoseconds: UInt64($0 * 1_000_000_000)) },
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.server = server
        self.clientInfo = clientInfo
        self.tokenStore = tokenStore
        self.session = session
        self.maxAutomaticRetryWait = maxAutomaticRetryWait
        self.sleep = sleep
        self.now = now
    }

    /// Called with each new session, and with nil when the session ends (sign-out, or a refresh refused).
    public func onSessionChange(_ listener: @escaping @Sendable (Session?) -> Void) {
        sessionListener = listener
    }

    // MARK: - Sessions

    /// Keeps a session from sign-in, verification, refresh or the OAuth code exchange.
    public func adopt(_ session: Session) async {
        accessToken = session.accessToken
        accessTokenExpiry = now().addingTimeInterval(TimeInterval(session.expiresIn))
        if let refreshToken = session.refreshToken { await tokenStore.saveRefreshToken(refreshToken) }
        sessionListener?(session)
    }

    public func signIn(email: String, password: String) async throws -> Session {
        try await start(API.Auth.login(email: email, password: password))
    }

    public func exchangeOAuthCode(_ code: String) async throws -> Session {
        try await start(API.Auth.exchange(code: code))
    }

    public func verifyEmail(token: String) async throws -> Session {
        try await start(API.Auth.verifyEmail(token: token))
    }

    private func start(_ endpoint: Endpoint<Session>) async throws -> Session {
        let session = try await send(endpoint)
        await adopt(session)
        return session
    }

    /// Resumes the stored session at launch; false when there is none or it was refused.
    public func restore() async -> Bool {
        guard await tokenStore.loadRefreshToken() != nil else { return false }
        return (try? await refreshedSession()) != nil
    }

    public func signOut() async {
        if let refreshToken = await tokenStore.loadRefreshToken() {
            _ = try? await send(API.Auth.logout(refreshToken: refreshToken))
        }
        await endSession()
    }

    private func endSession() async {
        accessToken = nil
        accessTokenExpiry = nil
        await tokenStore.saveRefreshToken(nil)
        sessionListener?(nil)
    }

    /// A valid access token, refreshed first when it expires within 30 s (the socket connects with it).
    public func validAccessToken(forceRefresh: Bool = false) async throws -> String {
        if !forceRefresh, let accessToken, let expiry = accessTokenExpiry, expiry.timeIntervalSince(now()) > 30 {
            return accessToken
        }
        return try await refreshedSession().accessToken
    }

    /// A token other than the one the server just refused: the current one if a concurrent call already
    /// refreshed it, else a refreshed one.
    private func freshToken(replacing refused: String?) async throws -> String {
        if let accessToken, accessToken != refused { return accessToken }
        return try await refreshedSession().accessToken
    }

    /// One refresh in flight at a time: concurrent callers share its result. Refresh tokens rotate, so
    /// sending the same one twice would end the whole session family.
    private func refreshedSession() async throws -> Session {
        if let refreshing { return try await refreshing.value }
        let task = Task<Session, Error> {
            guard let refreshToken = await tokenStore.loadRefreshToken() else { throw APIError.signedOut }
            return try await send(API.Auth.refresh(refreshToken: refreshToken))
        }
        refreshing = task
        defer { refreshing = nil }
        do {
            let session = try await task.value
            await adopt(session)
            return session
        } catch let error as APIError where error.status == 401 || error == .signedOut {
            await endSession()
            throw APIError.signedOut
        }
    }

    // MARK: - Requests

    public func send<Response: Decodable>(_ endpoint: Endpoint<Response>) async throws -> Response {
        var token: String?
        if endpoint.requiresAuth { token = try await validAccessToken() }
        var (data, response) = try await perform(endpoint, token: token)
        if endpoint.requiresAuth, response.statusCode == 401 {
            // Expired between our check and the server's, or revoked: one refresh, one retry.
            token = try await freshToken(replacing: token)
            (data, response) = try await perform(endpoint, token: token)
        }
        if response.statusCode == 429, let wait = parseRetryAfter(response.value(forHTTPHeaderField: "Retry-After"), now: now()),
           wait <= maxAutomaticRetryWait {
            try await sleep(wait)
            (data, response) = try await perform(endpoint, token: token)
        }
        return try decode(Response.self, data: data, response: response)
    }

    /// Follows `nextCursor` until the list ends (for short lists such as friends or invitations).
    public func all<Page: Paged>(_ first: (String?) -> Endpoint<Page>, maxPages: Int = 20) async throws -> [Page.Item] {
        var items: [Page.Item] = []
        var cursor: String?
        for _ in 0..<maxPages {
            let page = try await send(first(cursor))
            items.append(contentsOf: page.items)
            guard let next = page.nextCursor else { break }
            cursor = next
        }
        return items
    }

    nonisolated func urlRequest<Response>(for endpoint: Endpoint<Response>, token: String?) -> URLRequest {
        var components = URLComponents(url: server, resolvingAgainstBaseURL: false) ?? URLComponents()
        let base = components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path
        components.percentEncodedPath = base + "/api" + endpoint.path
        components.queryItems = endpoint.query.isEmpty ? nil : endpoint.query
        var request = URLRequest(url: components.url ?? server)
        request.httpMethod = endpoint.method
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        for (name, value) in clientInfo.headers { request.setValue(value, forHTTPHeaderField: name) }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body = endpoint.body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        return request
    }

    private func perform<Response>(_ endpoint: Endpoint<Response>, token: String?) async throws -> (Data, HTTPURLResponse) {
        let request = urlRequest(for: endpoint, token: token)
        do {
            return try await session.musicRoomData(for: request)
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.transport(error.localizedDescription)
        }
    }

    private func decode<Response: Decodable>(_ type: Response.Type, data: Data, response: HTTPURLResponse) throws -> Response {
        let status = response.statusCode
        guard (200..<300).contains(status) else {
            let retryAfter = parseRetryAfter(response.value(forHTTPHeaderField: "Retry-After"), now: now())
            guard let body = try? MusicRoomJSON.decoder.decode(ErrorBody.self, from: data) else {
                throw APIError.invalidResponse(status: status, detail: String(decoding: data.prefix(200), as: UTF8.self))
            }
            throw APIError.server(status: status, body: body, retryAfter: retryAfter)
        }
        if let none = NoContent.none as? Response { return none }
        do {
            return try MusicRoomJSON.decoder.decode(Response.self, from: data)
        } catch {
            throw APIError.invalidResponse(status: status, detail: String(describing: error))
        }
    }
}

extension URLSession {
    /// `data(for:)` that also runs where the async URLSession API is missing (older Linux Foundation).
    func musicRoomData(for request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        try await withCheckedThrowingContinuation { continuation in
            let task = dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(throwing: error)
                } else if let response = response as? HTTPURLResponse {
                    continuation.resume(returning: (data ?? Data(), response))
                } else {
                    continuation.resume(throwing: APIError.invalidResponse(status: 0, detail: "not an HTTP response"))
                }
            }
            task.resume()
        }
    }
}
