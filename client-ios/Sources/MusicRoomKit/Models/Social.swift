import Foundation

// openapi: FriendDto
public struct Friend: Codable, Hashable, Sendable, Identifiable {
    public let user: UserCard
    public let since: Date
    public var id: String { user.id }
}

// openapi: FriendPageDto
public struct FriendPage: Codable, Hashable, Sendable, Paged {
    public let items: [Friend]
    public let nextCursor: String?
}

public enum FriendRequestStatus: String, Codable, Hashable, Sendable {
    case pending = "pending"
}

// openapi: FriendRequestDto
public struct FriendRequest: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let status: FriendRequestStatus
    public let from: UserCard
    public let to: UserCard
    public let createdAt: Date
}

// openapi: FriendRequestPageDto
public struct FriendRequestPage: Codable, Hashable, Sendable, Paged {
    public let items: [FriendRequest]
    public let nextCursor: String?
}

// openapi: FriendshipDto
public struct Friendship: Codable, Hashable, Sendable {
    public let status: String
    public let user: UserCard
}

public enum InvitationKind: String, Codable, Hashable, Sendable {
    case event = "event"
    case playlist = "playlist"
}

// openapi: InvitationTargetDto
public struct InvitationTarget: Codable, Hashable, Sendable {
    public let id: String
    public let name: String
}

// openapi: InvitationDto
public struct Invitation: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let kind: InvitationKind
    public let target: InvitationTarget
    public let role: String?
    public let invitedBy: UserCard
    public let createdAt: Date
}

// openapi: InvitationPageDto
public struct InvitationPage: Codable, Hashable, Sendable, Paged {
    public let items: [Invitation]
    public let nextCursor: String?
}

public enum InvitationOutcome: String, Codable, Hashable, Sendable {
    case accepted = "accepted"
    case declined = "declined"
}

// openapi: InvitationResponseDto
public struct InvitationResponse: Codable, Hashable, Sendable {
    public let id: String
    public let status: InvitationOutcome
}

public enum FriendRequestDirection: String, Sendable {
    case incoming
    case outgoing
}

/// POST /friends/requests answers a new request (201), or a friendship when the other side had asked (200).
public enum FriendRequestOutcome: Hashable, Sendable {
    case requested(FriendRequest)
    case friends(Friendship)
}
