import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One WebSocket carrying text frames. The app uses `URLSessionWebSocketTask`; tests script a fake.
public protocol WebSocketConnection: AnyObject, Sendable {
    func send(_ text: String) async throws
    /// The next text frame; throws once the socket is closed.
    func receive() async throws -> String
    func close()
}

public protocol WebSocketConnecting: Sendable {
    func connect(to url: URL, headers: [String: String]) -> WebSocketConnection
}

public struct URLSessionWebSocketConnector: WebSocketConnecting {
    private let session: URLSession

    public init(session: URLSession = .shared) {
        self.session = session
    }

    public func connect(to url: URL, headers: [String: String]) -> WebSocketConnection {
        var request = URLRequest(url: url)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let task = session.webSocketTask(with: request)
        task.resume()
        return URLSessionWebSocketConnection(task: task)
    }
}

final class URLSessionWebSocketConnection: WebSocketConnection, @unchecked Sendable {
    private let task: URLSessionWebSocketTask

    init(task: URLSessionWebSocketTask) {
        self.task = task
    }

    // The completion-handler forms exist in every Foundation (Apple platforms and Linux alike).
    func send(_ text: String) async throws {
        let task = self.task
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
            task.send(.string(text)) { error in
                if let error { continuation.resume(throwing: error) } else { continuation.resume() }
            }
        }
    }

    func receive() async throws -> String {
        let task = self.task
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<String, Error>) in
            task.receive { result in
                switch result {
                case .success(.string(let text)):
                    continuation.resume(returning: text)
                case .success:
                    continuation.resume(throwing: SocketIOPacket.DecodingFailure.binaryUnsupported)
                case .failure(let error):
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    func close() {
        task.cancel(with: .normalClosure, reason: nil)
    }
}

/// Reconnection delays: exponential from `initial`, capped at `maximum`, each spread by ±`jitter`
/// so that a server restart is not met by every phone at the same instant.
public struct Backoff: Hashable, Sendable {
    public var initial: TimeInterval
    public var factor: Double
    public var maximum: TimeInterval
    public var jitter: Double

    public init(initial: TimeInterval = 0.5, factor: Double = 2, maximum: TimeInterval = 30, jitter: Double = 0.5) {
        self.initial = initial
        self.factor = factor
        self.maximum = maximum
        self.jitter = jitter
    }

    /// The wait before attempt `attempt` (0-based); `random` is uniform in 0...1.
    public func delay(attempt: Int, random: Double) -> TimeInterval {
        let exponential = min(maximum, initial * pow(factor, Double(min(attempt, 30))))
        let spread = exponential * jitter * (2 * random - 1)
        return min(maximum, max(0, exponential + spread))
    }
}
