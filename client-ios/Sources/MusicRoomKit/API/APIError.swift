import Foundation

/// Every way a call can fail. Server refusals keep the contract body, so the UI shows its `message` and `requestId`.
public enum APIError: Error, Hashable, Sendable {
    /// The server answered with the error contract (`code` is stable; see the API docs).
    case server(status: Int, body: ErrorBody, retryAfter: TimeInterval?)
    /// No usable session: sign in again.
    case signedOut
    /// The network failed before an answer arrived.
    case transport(String)
    /// An answer arrived that the app cannot read.
    case invalidResponse(status: Int, detail: String)

    public var code: String {
        switch self {
        case .server(_, let body, _): return body.code
        case .signedOut: return "UNAUTHENTICATED"
        case .transport: return "NETWORK"
        case .invalidResponse: return "INVALID_RESPONSE"
        }
    }

    public var status: Int? {
        if case .server(let status, _, _) = self { return status }
        return nil
    }

    /// Seconds to wait before trying again, from `Retry-After`.
    public var retryAfter: TimeInterval? {
        if case .server(_, _, let retryAfter) = self { return retryAfter }
        return nil
    }
}

extension APIError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .server(_, let body, let retryAfter):
            if let retryAfter { return "\(body.message) Try again in \(Int(retryAfter.rounded(.up))) s." }
            return body.message
        case .signedOut: return "You are signed out. Please sign in again."
        case .transport(let message): return "The server cannot be reached: \(message)"
        case .invalidResponse(let status, let detail): return "Unexpected answer from the server (\(status)): \(detail)"
        }
    }
}

/// `Retry-After` as seconds (its delta-seconds form) or an HTTP date.
public func parseRetryAfter(_ value: String?, now: Date = Date()) -> TimeInterval? {
    guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
    if let seconds = Double(value), seconds >= 0 { return seconds }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    guard let date = formatter.date(from: value) else { return nil }
    return max(0, date.timeIntervalSince(now))
}
