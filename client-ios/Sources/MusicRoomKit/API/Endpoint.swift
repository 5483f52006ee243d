import Foundation

/// An answer without a body (`204`, or `202` whose body the app does not need).
public enum NoContent: Decodable, Hashable, Sendable {
    case none

    public init(from decoder: Decoder) throws {
        self = .none
    }
}

/// One API operation: method, path under `/api`, query, JSON body, and the type of its answer.
public struct Endpoint<Response: Decodable>: Sendable {
    public let method: String
    public let path: String
    public let query: [URLQueryItem]
    public let body: Data?
    public let requiresAuth: Bool

    public init(_ method: String, _ path: String, query: [URLQueryItem] = [], body: Data? = nil, requiresAuth: Bool = true) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.requiresAuth = requiresAuth
    }

    public init<Body: Encodable>(_ method: String, _ path: String, json: Body, query: [URLQueryItem] = [], requiresAuth: Bool = true) {
        self.init(method, path, query: query, body: try? MusicRoomJSON.encoder.encode(json), requiresAuth: requiresAuth)
    }

    /// Adds `?limit=&cursor=` for list endpoints.
    public func page(limit: Int? = nil, cursor: String?) -> Endpoint {
        var items = query
        if let limit { items.append(URLQueryItem(name: "limit", value: String(limit))) }
        if let cursor { items.append(URLQueryItem(name: "cursor", value: cursor)) }
        return Endpoint(method, path, query: items, body: body, requiresAuth: requiresAuth)
    }
}

/// Percent-encodes one path segment (ids, codes, provider names).
func segment(_ value: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "/?#")
    return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
}
