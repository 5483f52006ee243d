import Foundation

public enum PlaylistRole: String, Codable, Hashable, Sendable {
    case owner = "owner"
    case editor = "editor"
}

// openapi: PlaylistEntryDto
public struct PlaylistEntry: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let track: Track
    /// Fractional index key: entries sort by it in byte order.
    public var position: String
    public let addedBy: UserCard?
    public let addedAt: Date
}

// openapi: PlaylistDto
public struct Playlist: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let description: String
    public let visibility: Visibility
    public let editLicense: License
    public let allowDuplicates: Bool
    public let owner: UserCard
    public var version: Int
    public let createdAt: Date
    public let updatedAt: Date
    public let canEdit: Bool
    public let myRole: PlaylistRole?
    public let trackCount: Int
    public let members: [UserCard]
    public var tracks: [PlaylistEntry]
}

// openapi: PlaylistSummaryDto
public struct PlaylistSummary: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let description: String
    public let visibility: Visibility
    public let editLicense: License
    public let allowDuplicates: Bool
    public let owner: UserCard
    public let version: Int
    public let createdAt: Date
    public let updatedAt: Date
    public let canEdit: Bool
    public let myRole: PlaylistRole?
    public let trackCount: Int
}

// openapi: PlaylistPageDto
public struct PlaylistPage: Codable, Hashable, Sendable, Paged {
    public let items: [PlaylistSummary]
    public let nextCursor: String?
}

public enum PlaylistScope: String, Sendable, CaseIterable {
    case `public` = "public"
    case mine = "mine"
    case shared = "shared"
}
