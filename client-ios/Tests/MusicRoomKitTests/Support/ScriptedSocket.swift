import Foundation
@testable import MusicRoomKit

/// A WebSocket whose server side the test plays: it pushes frames in, and awaits what the client sent.
final class ScriptedConnection: WebSocketConnection, @unchecked Sendable {
    private let incoming: AsyncThrowingStream<String, Error>
    private let push: AsyncThrowingStream<String, Error>.Continuation
    private var incomingIterator: AsyncThrowingStream<String, Error>.AsyncIterator
    private let outgoing: AsyncStream<String>
    private let record: AsyncStream<String>.Continuation
    private var outgoingIterator: AsyncStream<String>.AsyncIterator

    init() {
        var push: AsyncThrowingStream<String, Error>.Continuation?
        let incoming = AsyncThrowingStream<String, Error> { push = $0 }
        var record: AsyncStream<String>.Continuation?
        let outgoing = AsyncStream<String> { record = $0 }
        self.incoming = incoming
        self.push = push!
        self.incomingIterator = incoming.makeAsyncIterator()
        self.outgoing = outgoing
        self.record = record!
        self.outgoingIterator = outgoing.makeAsyncIterator()
    }

    // Client side.
    func send(_ text: String) async throws {
        record.yield(text)
    }

    func receive() async throws -> String {
        guard let frame = try await incomingIterator.next() else { throw RealtimeFailure.closedByServer }
        return frame
    }

    func close() {
        push.finish(throwing: RealtimeFailure.closedByServer)
    }

    // Server side.
    func serverSends(_ frame: String) {
        push.yield(frame)
    }

    /// The next frame the client sent.
    func clientSent() async -> String? {
        await outgoingIterator.next()
    }

    /// The socket.io handshake: open, then answer the client's CONNECT; returns the auth it sent.
    func acceptConnection(sid: String = "s1") async -> String? {
        serverSends("0{\"sid\":\"\(sid)\",\"upgrades\":[],\"pingInterval\":250000,\"pingTimeout\":200000,\"maxPayload\":1000000}")
        let connect = await clientSent()
        serverSends("40{\"sid\":\"\(sid)\"}")
        return connect
    }
}

/// Hands out scripted connections in order.
final class ScriptedConnector: WebSocketConnecting, @unchecked Sendable {
    private let lock = NSLock()
    private var queue: [ScriptedConnection]
    private(set) var urls: [URL] = []

    init(_ connections: [ScriptedConnection]) {
        queue = connections
    }

    func connect(to url: URL, headers: [String: String]) -> WebSocketConnection {
        lock.lock()
        defer { lock.unlock() }
        urls.append(url)
        return queue.isEmpty ? ScriptedConnection() : queue.removeFirst()
    }
}

/// Short waits (backoff) return at once and are logged; long ones (heartbeat, ack timeouts) wait until cancelled.
func scriptedSleep(_ log: SleepLog) -> @Sendable (TimeInterval) async throws -> Void {
    return { seconds in
        if seconds > 100 {
            try await Task.sleep(nanoseconds: 3_600_000_000_000)
        } else {
            await log.record(seconds)
            await Task.yield()
        }
    }
}

/// The next event of a stream that matches.
func next(_ iterator: inout AsyncStream<RealtimeEvent>.AsyncIterator, where matches: (RealtimeEvent) -> Bool) async -> RealtimeEvent? {
    while let event = await iterator.next() {
        if matches(event) { return event }
    }
    return nil
}
