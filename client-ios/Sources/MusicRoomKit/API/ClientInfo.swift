import Foundation

/// What the app tells the server about itself on every request (`X-Client-*` headers), and where the server is.
public struct ClientInfo: Hashable, Sendable {
    public let platform: String
    /// The device model, such as "iPhone 15 Pro".
    public let deviceModel: String
    public let appVersion: String

    public init(platform: String = "ios", deviceModel: String, appVersion: String) {
        self.platform = platform
        self.deviceModel = deviceModel
        self.appVersion = appVersion
    }

    public var headers: [String: String] {
        [
            "X-Client-Platform": platform,
            "X-Client-Device": deviceModel,
            "X-Client-App-Version": appVersion,
        ]
    }
}
