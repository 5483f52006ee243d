import Foundation

/// What the realtime connection reports to its listeners.
public enum RealtimeEvent: Hashable, Sendable {
    case connected(isReconnect: Bool)
    case disconnected(reason: String)
    /// A room subscription confirmed (again, after a reconnect) with the room's current version.
    case subscribed(room: String, version: Int)
    /// A server → client event and its payload.
    case frame(name: String, payload: JSONValue)
    /// The server refused the connection (`connect_error`), e.g. `UNAUTHENTICATED`.
    case refused(code: String)
    /// The session was revoked from another device, or the user signed out: the client has stopped.
    case sessionEnded(reason: String)
}

public enum RealtimeFailure: Error, Hashable, Sendable {
    case notConnected
    case ackTimeout
    case protocolViolation(String)
    case heartbeatTimeout
    case closedByServer
    case refused(code: String)
    case roomRefused(room: String, code: String)
    case sessionEnded(reason: String)
}

/// A Socket.IO v4 client over a WebSocket: handshake with the access token, events and acks, answering
/// the server's pings (and dropping a connection whose pings stop), reconnecting with backoff, and
/// subscribing again to its rooms after each reconnect. Mutations go through REST; this only listens.
public actor RealtimeClient {
    public typealias TokenProvider = @Sendable (_ forceRefresh: Bool) async throws -> String

    private let server: URL
    private let clientInfo: ClientInfo
    private let token: TokenProvider
    private let connector: WebSocketConnecting
    private let backoff: Backoff
    private let ackTimeout: TimeInterval
    private let tokenCheckInterval: TimeInterval
    private let sleep: @Sendable (TimeInterval) async throws -> Void
    private let random: @Sendable () -> Double

    private var listeners: [UUID: AsyncStream<RealtimeEvent>.Continuation] = [:]
    private var connection: WebSocketConnection?
    private var loop: Task<Void, Never>?
    private var isConnected = false
    private var hasConnectedBefore = false
    private var nextAckId = 0
    private var pendingAcks: [Int: CheckedContinuation<[JSONValue], Error>] = [:]
    private var rooms: Set<String> = []
    /// The access token the server holds for this connection, and the task that hands it a fresh one in time.
    private var connectedToken: String?
    private var tokenKeeper: Task<Void, Never>?

    public init(
        server: URL,
        clientInfo: ClientInfo,
        connector: WebSocketConnecting = URLSessionWebSocketConnector(),
        backoff: Backoff = Backoff(),
        ackTimeout: TimeInterval = 10,
        tokenCheckInterval: TimeInterval = 60,
        sleep: @escaping @Sendable (TimeInterval) async throws -> Void = { try await Task.sleep(nanoseconds: UInt64($0 * 1_000_000_000)) },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) },
        token: @escaping TokenProvider
    ) {
        self.server = server
        self.clientInfo = clientInfo
        self.connector = connector
        self.backoff = backoff
        self.ackTimeout = ackTimeout
        self.tokenCheckInterval = tokenCheckInterval
        self.sleep = sleep
        self.random = random
        self.token = token
    }

    /// `ws(s)://host/socket.io/?EIO=4&transport=websocket`.
    public nonisolated var socketURL: URL {
        var components = URLComponents(url: server, resolvingAgainstBaseURL: false) ?? URLComponents()
        components.scheme = server.scheme == "https" ? "wss" : "ws"
        components.path = "/socket.io/"
        components.queryItems = [URLQueryItem(name: "EIO", value: "4"), URLQueryItem(name: "transport", value: "websocket")]
        return components.url ?? server
    }

    /// A stream of everything the connection reports, for as long as the caller keeps iterating.
    public func listen() -> AsyncStream<RealtimeEvent> {
        let id = UUID()
        var captured: AsyncStream<RealtimeEvent>.Continuation?
        let stream = AsyncStream<RealtimeEvent>(bufferingPolicy: .bufferingNewest(256)) { captured = $0 }
        if let continuation = captured {
            listeners[id] = continuation
            continuation.onTermination = { [weak self] _ in
                Task { await self?.removeListener(id) }
            }
        }
        return stream
    }

    private func removeListener(_ id: UUID) {
        listeners[id] = nil
    }

    private func publish(_ event: RealtimeEvent) {
        for continuation in listeners.values { continuation.yield(event) }
    }

    public var connected: Bool { isConnected }

    public func start() {
        guard loop == nil else { return }
        loop = Task { await self.run() }
    }

    public func stop() {
        loop?.cancel()
        loop = nil
        connection?.close()
        failPendingAcks(RealtimeFailure.notConnected)
    }

    // MARK: - Rooms

    /// Joins `event:<id>` or `playlist:<id>` now (returning its version) or, when offline, at the next connect.
    @discardableResult
    public func subscribe(_ room: String) async throws -> Int? {
        rooms.insert(room)
        guard isConnected else { return nil }
        return try await subscribeNow(room)
    }

    public func unsubscribe(_ room: String) async {
        rooms.remove(room)
        guard isConnected else { return }
        _ = try? await emit("unsubscribe", .object(["room": .string(room)]))
    }

    private func subscribeNow(_ room: String) async throws -> Int {
        let answer = try await emit("subscribe", .object(["room": .string(room)]))
        let ack = try (answer.first ?? .null).decode(SubscribeAck.self)
        guard ack.ok, let version = ack.version else {
            rooms.remove(room)
            throw RealtimeFailure.roomRefused(room: room, code: ack.code ?? "UNKNOWN")
        }
        publish(.subscribed(room: room, version: version))
        return version
    }

    /// The rooms held when the connection opened; one asked for later subscribes by itself.
    private func resubscribe(_ held: [String]) async {
        for room in held where rooms.contains(room) { _ = try? await subscribeNow(room) }
    }

    // MARK: - Events and acks

    /// Sends an event and waits for its ack's arguments.
    public func emit(_ name: String, _ payload: JSONValue) async throws -> [JSONValue] {
        guard isConnected, let connection else { throw RealtimeFailure.notConnected }
        let id = nextAckId
        nextAckId += 1
        let frame = EngineIOPacket(.message, SocketIOPacket.event(name, [payload], id: id).encoded).encoded
        return try await withCheckedThrowingContinuation { continuation in
            pendingAcks[id] = continuation
            Task {
                do {
                    try await connection.send(frame)
                } catch {
                    self.settleAck(id, .failure(error))
                }
            }
            Task {
                try? await self.sleep(self.ackTimeout)
                self.settleAck(id, .failure(RealtimeFailure.ackTimeout))
            }
        }
    }

    private func settleAck(_ id: Int, _ result: Result<[JSONValue], Error>) {
        guard let continuation = pendingAcks.removeValue(forKey: id) else { return }
        continuation.resume(with: result)
    }

    private func failPendingAcks(_ error: Error) {
        let waiting = pendingAcks
        pendingAcks = [:]
        for continuation in waiting.values { continuation.resume(throwing: error) }
    }

    // MARK: - Connection loop

    private func run() async {
        var attempt = 0
        var forceRefresh = false
        while !Task.isCancelled {
            var reason = "closed"
            do {
                let accessToken = try await token(forceRefresh)
                forceRefresh = false
                try await connectAndListen(token: accessToken) { attempt = 0 }
            } catch RealtimeFailure.refused(let code) {
                publish(.refused(code: code))
                reason = code
                if code == "UNAUTHENTICATED" || code == "TOKEN_EXPIRED" {
                    if forceRefresh { publish(.sessionEnded(reason: code)); break }
                    forceRefresh = true
                }
            } catch RealtimeFailure.sessionEnded(let why) {
                reason = why
                if why == "revoked" { publish(.sessionEnded(reason: why)); break }
                forceRefresh = true
            } catch APIError.signedOut {
                publish(.sessionEnded(reason: "signed_out"))
                break
            } catch {
                reason = String(describing: error)
            }
            connectionEnded(reason: reason)
            if Task.isCancelled { break }
            let wait = backoff.delay(attempt: attempt, random: random())
            attempt += 1
            do { try await sleep(wait) } catch { break }
        }
        connectionEnded(reason: "stopped")
        loop = nil
    }

    private func connectionEnded(reason: String) {
        tokenKeeper?.cancel()
        tokenKeeper = nil
        connection?.close()
        connection = nil
        failPendingAcks(RealtimeFailure.notConnected)
        if isConnected {
            isConnected = false
            publish(.disconnected(reason: reason))
        }
    }

    private func connectAndListen(token: String, onConnected: () -> Void) async throws {
        let socket = connector.connect(to: socketURL, headers: clientInfo.headers)
        connection = socket
        let open = try EngineIOPacket.decode(try await socket.receive())
        guard open.kind == .open, let data = open.data else { throw RealtimeFailure.protocolViolation("expected open, got \(open.encoded)") }
        let handshake = try EngineIOHandshake.decode(data)
        connectedToken = token
        let connect = SocketIOPacket(.connect, data: .object(["token": .string(token)]))
        try await socket.send(EngineIOPacket(.message, connect.encoded).encoded)
        // The server pings every pingInterval; silence for longer than interval + timeout means the link is dead.
        let silenceLimit = TimeInterval(handshake.pingInterval + handshake.pingTimeout) / 1000
        while !Task.isCancelled {
            let frame = try await receive(from: socket, within: silenceLimit)
            let packet = try EngineIOPacket.decode(frame)
            switch packet.kind {
            case .ping:
                try await socket.send(EngineIOPacket(.pong, packet.data).encoded)
            case .close:
                throw RealtimeFailure.closedByServer
            case .message:
                if try handle(SocketIOPacket.decode(packet.data ?? "")) { onConnected() }
            default:
                continue
            }
        }
    }

    /// Handles one Socket.IO packet; true when it completed the connection.
    private func handle(_ packet: SocketIOPacket) throws -> Bool {
        switch packet.kind {
        case .connect:
            isConnected = true
            let held = rooms.sorted()
            publish(.connected(isReconnect: hasConnectedBefore))
            hasConnectedBefore = true
            Task { await self.resubscribe(held) }
            tokenKeeper = Task { await self.keepTokenFresh() }
            return true
        case .connectError:
            let code = packet.data?["data"]?["code"]?.stringValue ?? packet.data?["message"]?.stringValue ?? packet.data?.stringValue ?? "UNKNOWN"
            throw RealtimeFailure.refused(code: code)
        case .disconnect:
            throw RealtimeFailure.closedByServer
        case .ack:
            if let id = packet.id, case .array(let arguments)? = packet.data { settleAck(id, .success(arguments)) }
        case .event:
            guard let event = packet.event else { return false }
            let name = event.name
            let payload = event.arguments.first ?? .null
            if name == "session.ended" {
                throw RealtimeFailure.sessionEnded(reason: payload["reason"]?.stringValue ?? "ended")
            }
            publish(.frame(name: name, payload: payload))
        case .binaryEvent, .binaryAck:
            throw SocketIOPacket.DecodingFailure.binaryUnsupported
        }
        return false
    }

    /// The server ends a socket whose token expires unless it gets `auth.refresh` first: whenever the token
    /// provider has a newer token than the one the server holds, hand it over.
    private func keepTokenFresh() async {
        while !Task.isCancelled {
            do { try await sleep(tokenCheckInterval) } catch { return }
            guard let fresh = try? await token(false), fresh != connectedToken else { continue }
            let answer = try? await emit("auth.refresh", .object(["token": .string(fresh)]))
            if answer?.first?["ok"]?.boolValue == true { connectedToken = fresh }
        }
    }

    private func receive(from socket: WebSocketConnection, within seconds: TimeInterval) async throws -> String {
        let sleep = self.sleep
        return try await withThrowingTaskGroup(of: String.self) { group in
            group.addTask { try await socket.receive() }
            group.addTask {
                try await sleep(seconds)
                socket.close()
                throw RealtimeFailure.heartbeatTimeout
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw RealtimeFailure.heartbeatTimeout }
            return first
        }
    }
}
