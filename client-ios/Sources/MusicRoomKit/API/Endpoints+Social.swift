import Foundation

extension API {
    public enum Users {
        public static func me() -> Endpoint<Me> {
            Endpoint("GET", "/users/me")
        }

        public static func updateMe(_ update: ProfileUpdate) -> Endpoint<Me> {
            Endpoint("PATCH", "/users/me", json: update)
        }

        public static func profile(_ id: String) -> Endpoint<Profile> {
            Endpoint("GET", "/users/\(segment(id))")
        }

        public static func search(_ text: String, cursor: String? = nil) -> Endpoint<UserCardPage> {
            Endpoint<UserCardPage>("GET", "/users", query: [URLQueryItem(name: "search", value: text)]).page(cursor: cursor)
        }
    }

    public enum Friends {
        public static func list(cursor: String? = nil) -> Endpoint<FriendPage> {
            Endpoint<FriendPage>("GET", "/friends").page(cursor: cursor)
        }

        public static func requests(_ direction: FriendRequestDirection, cursor: String? = nil) -> Endpoint<FriendRequestPage> {
            Endpoint<FriendRequestPage>("GET", "/friends/requests", query: [URLQueryItem(name: "direction", value: direction.rawValue)]).page(cursor: cursor)
        }

        public static func request(userId: String) -> Endpoint<FriendRequestOutcome> {
            Endpoint("POST", "/friends/requests", json: ["userId": userId])
        }

        public static func accept(requestId: String) -> Endpoint<Friendship> {
            Endpoint("POST", "/friends/requests/\(segment(requestId))/accept")
        }

        public static func decline(requestId: String) -> Endpoint<NoContent> {
            Endpoint("POST", "/friends/requests/\(segment(requestId))/decline")
        }

        public static func cancel(requestId: String) -> Endpoint<NoContent> {
            Endpoint("DELETE", "/friends/requests/\(segment(requestId))")
        }

        public static func remove(userId: String) -> Endpoint<NoContent> {
            Endpoint("DELETE", "/friends/\(segment(userId))")
        }
    }

    public enum Invitations {
        public static func list(cursor: String? = nil) -> Endpoint<InvitationPage> {
            Endpoint<InvitationPage>("GET", "/invitations").page(cursor: cursor)
        }

        public static func accept(_ id: String) -> Endpoint<InvitationResponse> {
            Endpoint("POST", "/invitations/\(segment(id))/accept")
        }

        public static func decline(_ id: String) -> Endpoint<InvitationResponse> {
            Endpoint("POST", "/invitations/\(segment(id))/decline")
        }
    }

    public enum Music {
        public static func providers() -> Endpoint<[MusicProvider]> {
            Endpoint("GET", "/music/providers")
        }

        public static func search(_ query: String, provider: String? = nil, limit: Int = 20) -> Endpoint<SearchResult> {
            var items = [URLQueryItem(name: "q", value: query), URLQueryItem(name: "limit", value: String(limit))]
            if let provider { items.append(URLQueryItem(name: "provider", value: provider)) }
            return Endpoint("GET", "/music/search", query: items)
        }
    }
}

extension FriendRequestOutcome: Decodable {
    /// 201 is a pending request; 200 `{ status: "friends" }` means the other side had already asked.
    public init(from decoder: Decoder) throws {
        let value = try JSONValue(from: decoder)
        if value["status"]?.stringValue == "friends" {
            self = .friends(try value.decode(Friendship.self))
        } else {
            self = .requested(try value.decode(FriendRequest.self))
        }
    }
}
