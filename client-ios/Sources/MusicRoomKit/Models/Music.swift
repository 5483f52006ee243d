import Foundation

// openapi: TrackDto
public struct Track: Codable, Hashable, Sendable, Identifiable {
    /// `bundled`, `deezer`, `youtube`, `jamendo`, `itunes`; kept a string so a new provider never breaks decoding.
    public let provider: String
    public let providerTrackId: String
    public let title: String
    public let artist: String
    public let album: String?
    public let durationMs: Int
    public let artworkUrl: URL?
    public let previewUrl: URL?
    public let externalUrl: URL?
    public let license: String?

    public var id: String { "\(provider):\(providerTrackId)" }
}

public enum Playability: String, Codable, Hashable, Sendable {
    case full = "full"
    case preview = "preview"
    case embed = "embed"
}

// openapi: ProviderDto
public struct MusicProvider: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let playable: Playability
}

// openapi: SearchResultDto
public struct SearchResult: Codable, Hashable, Sendable {
    public let items: [Track]
}

/// A track as the API names it when proposing or adding.
public struct TrackReference: Encodable, Hashable, Sendable {
    public let provider: String
    public let providerTrackId: String

    public init(provider: String, providerTrackId: String) {
        self.provider = provider
        self.providerTrackId = providerTrackId
    }

    public init(_ track: Track) {
        self.init(provider: track.provider, providerTrackId: track.providerTrackId)
    }
}
