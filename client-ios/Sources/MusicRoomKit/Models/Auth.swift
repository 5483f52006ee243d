import Foundation

// openapi: SessionDto
public struct Session: Codable, Hashable, Sendable {
    public let accessToken: String
    public let refreshToken: String?
    /// Seconds until the access token expires.
    public let expiresIn: Int
    public let user: Me
}

// openapi: IdentityDto
public struct Identity: Codable, Hashable, Sendable {
    /// `password`, `google` or `42`.
    public let provider: String
    public let linkedAt: Date
}

// openapi: AcceptedDto
public struct Accepted: Codable, Hashable, Sendable {
    public let message: String
}

/// The social providers the app signs in with.
public enum OAuthProvider: String, CaseIterable, Sendable {
    case google = "google"
    case fortyTwo = "42"

    public var displayName: String {
        switch self {
        case .google: return "Google"
        case .fortyTwo: return "42"
        }
    }
}

/// One signed-in device (GET /auth/sessions). Its `id` is the device id used by delegation and the player.
// openapi: DeviceSessionDto
public struct DeviceSession: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let platform: String?
    public let deviceName: String?
    public let appVersion: String?
    public let createdAt: Date
    public let lastSeenAt: Date
    public let current: Bool
}
