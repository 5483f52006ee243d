import Foundation

// openapi: UserCardDto
public struct UserCard: Codable, Hashable, Identifiable, Sendable {
    public let id: String
    public let displayName: String
    public let avatarUrl: String?
}

// openapi: UserCardPageDto
public struct UserCardPage: Codable, Hashable, Sendable, Paged {
    public let items: [UserCard]
    public let nextCursor: String?
}

/// Who may see one profile field.
public enum FieldVisibility: String, Codable, CaseIterable, Hashable, Sendable {
    case `public` = "public"
    case friends = "friends"
    case `private` = "private"
}

// openapi: ProfileVisibilityDto
public struct ProfileVisibility: Codable, Hashable, Sendable {
    public var displayName: FieldVisibility?
    public var avatar: FieldVisibility?
    public var bio: FieldVisibility?
    public var location: FieldVisibility?
    public var musicPreferences: FieldVisibility?

    public init(
        displayName: FieldVisibility? = nil,
        avatar: FieldVisibility? = nil,
        bio: FieldVisibility? = nil,
        location: FieldVisibility? = nil,
        musicPreferences: FieldVisibility? = nil
    ) {
        self.displayName = displayName
        self.avatar = avatar
        self.bio = bio
        self.location = location
        self.musicPreferences = musicPreferences
    }
}

// openapi: MusicPreferencesDto
public struct MusicPreferences: Codable, Hashable, Sendable {
    public var genres: [String]
    public var artists: [String]

    public init(genres: [String], artists: [String]) {
        self.genres = genres
        self.artists = artists
    }
}

public enum Plan: String, Codable, Hashable, Sendable {
    case free = "free"
    case premium = "premium"
}

// openapi: FeatureAvailabilityDto
public struct FeatureAvailability: Codable, Hashable, Sendable {
    public let available: Bool
    public let reason: String?
}

// openapi: MeFeaturesDto
public struct MeFeatures: Codable, Hashable, Sendable {
    public let aiAvatar: FeatureAvailability
}

// openapi: MeDto
public struct Me: Codable, Hashable, Identifiable, Sendable {
    public let id: String
    public let email: String
    public let displayName: String
    public let bio: String?
    public let location: String?
    public let musicPreferences: MusicPreferences
    public let avatarUrl: String
    public let hasCustomAvatar: Bool
    public let visibility: ProfileVisibility
    public let emailVerified: Bool
    public let plan: Plan
    public let createdAt: Date
    public let features: MeFeatures?
    public let billing: MeBilling?
}

// openapi: MeBillingDto
public struct MeBilling: Codable, Hashable, Sendable {
    /// `stripe` (checkout and portal are Stripe pages), `test` (the plan switches at once), or nil: unavailable.
    public let provider: String?
}

public enum Relation: String, Codable, Hashable, Sendable {
    case me = "self"
    case friend = "friend"
    case stranger = "stranger"
}

// openapi: ProfileDto
public struct Profile: Codable, Hashable, Identifiable, Sendable {
    public let id: String
    public let displayName: String?
    public let avatarUrl: String?
    public let bio: String?
    public let location: String?
    public let musicPreferences: MusicPreferences?
    public let relation: Relation
}

// openapi: AvatarUrlDto
public struct AvatarURL: Codable, Hashable, Sendable {
    public let avatarUrl: String
}

/// PATCH /users/me: only the fields set are sent.
public struct ProfileUpdate: Encodable, Sendable {
    public var displayName: String?
    public var bio: String?
    public var location: String?
    public var musicPreferences: MusicPreferences?
    public var visibility: ProfileVisibility?

    public init(
        displayName: String? = nil,
        bio: String? = nil,
        location: String? = nil,
        musicPreferences: MusicPreferences? = nil,
        visibility: ProfileVisibility? = nil
    ) {
        self.displayName = displayName
        self.bio = bio
        self.location = location
        self.musicPreferences = musicPreferences
        self.visibility = visibility
    }
}
