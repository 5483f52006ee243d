import Foundation

public struct PlaylistSettings: Encodable, Sendable {
    public var name: String?
    public var description: String?
    public var visibility: Visibility?
    public var editLicense: License?

    public init(name: String? = nil, description: String? = nil, visibility: Visibility? = nil, editLicense: License? = nil) {
        self.name = name
        self.description = description
        self.visibility = visibility
        self.editLicense = editLicense
    }
}

private struct AddTrackBody: Encodable {
    let provider: String
    let providerTrackId: String
}

/// `afterEntryId: null` means "first": encoded explicitly, never left out.
private struct MoveBody: Encodable {
    let afterEntryId: String?

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(afterEntryId, forKey: .afterEntryId)
    }

    enum CodingKeys: String, CodingKey {
        case afterEntryId
    }
}

extension API {
    public enum Playlists {
        public static func list(scope: PlaylistScope, cursor: String? = nil) -> Endpoint<PlaylistPage> {
            Endpoint<PlaylistPage>("GET", "/playlists", query: [URLQueryItem(name: "scope", value: scope.rawValue)]).page(cursor: cursor)
        }

        public static func get(_ id: String) -> Endpoint<Playlist> {
            Endpoint("GET", "/playlists/\(segment(id))")
        }

        public static func create(_ settings: PlaylistSettings) -> Endpoint<Playlist> {
            Endpoint("POST", "/playlists", json: settings)
        }

        public static func update(_ id: String, _ settings: PlaylistSettings) -> Endpoint<Playlist> {
            Endpoint("PATCH", "/playlists/\(segment(id))", json: settings)
        }

        public static func delete(_ id: String) -> Endpoint<NoContent> {
            Endpoint("DELETE", "/playlists/\(segment(id))")
        }

        public static func invite(_ id: String, userId: String) -> Endpoint<NoContent> {
            Endpoint("POST", "/playlists/\(segment(id))/invitations", json: ["userId": userId])
        }

        /// Appends at the end.
        public static func add(_ id: String, track: TrackReference) -> Endpoint<PlaylistEntry> {
            Endpoint("POST", "/playlists/\(segment(id))/tracks", json: AddTrackBody(provider: track.provider, providerTrackId: track.providerTrackId))
        }

        /// Moves an entry right after another one, or first when `afterEntryId` is nil.
        public static func move(_ id: String, entryId: String, afterEntryId: String?) -> Endpoint<PlaylistEntry> {
            Endpoint("PATCH", "/playlists/\(segment(id))/tracks/\(segment(entryId))", json: MoveBody(afterEntryId: afterEntryId))
        }

        public static func remove(_ id: String, entryId: String) -> Endpoint<NoContent> {
            Endpoint("DELETE", "/playlists/\(segment(id))/tracks/\(segment(entryId))")
        }
    }
}
