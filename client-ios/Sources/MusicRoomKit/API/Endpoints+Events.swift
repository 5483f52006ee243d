import Foundation

/// Settings sent when creating or editing an event; nil fields are left out (PATCH keeps them).
public struct EventSettings: Encodable, Sendable {
    public var name: String?
    public var description: String?
    public var visibility: Visibility?
    public var voteLicense: License?
    public var maxProposalsPerUser: Int?

    public init(name: String? = nil, description: String? = nil, visibility: Visibility? = nil, voteLicense: License? = nil, maxProposalsPerUser: Int? = nil) {
        self.name = name
        self.description = description
        self.visibility = visibility
        self.voteLicense = voteLicense
        self.maxProposalsPerUser = maxProposalsPerUser
    }
}

private struct ProposeBody: Encodable {
    let provider: String
    let providerTrackId: String
    let location: VoteLocation?
}

private struct SkipBody: Encodable {
    let entryId: String
    let location: VoteLocation?
}

private struct VoteBody: Encodable {
    let location: VoteLocation?
}

private struct InviteBody: Encodable {
    let userId: String
    let role: String?
}

/// `PUT /events/:id/delegates/:userId`: all of the friend's devices, or chosen ones (their session ids).
public enum DelegatedDevices: Encodable, Hashable, Sendable {
    case all
    case only([String])

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .all: try container.encode("all")
        case .only(let ids): try container.encode(ids)
        }
    }
}

private struct GrantBody: Encodable {
    let devices: DelegatedDevices
}

extension API {
    public enum Events {
        public static func list(scope: EventScope, cursor: String? = nil) -> Endpoint<EventPage> {
            Endpoint<EventPage>("GET", "/events", query: [URLQueryItem(name: "scope", value: scope.rawValue)]).page(cursor: cursor)
        }

        /// Public events with an area around a point, nearest first.
        public static func nearby(lat: Double, lng: Double, radiusKm: Double, cursor: String? = nil) -> Endpoint<EventPage> {
            Endpoint<EventPage>("GET", "/events", query: [
                URLQueryItem(name: "near", value: "\(lat),\(lng)"),
                URLQueryItem(name: "radiusKm", value: String(radiusKm)),
            ]).page(cursor: cursor)
        }

        public static func get(_ id: String) -> Endpoint<Event> {
            Endpoint("GET", "/events/\(segment(id))")
        }

        /// Resolves a join code (typed, or read from the QR code's link): what joining would make the caller.
        public static func byCode(_ code: String) -> Endpoint<EventPreview> {
            Endpoint("GET", "/events/by-code/\(segment(code))")
        }

        /// Joins with the code: a listener in a public event, a guest in a private one that allows it.
        public static func joinByCode(_ code: String) -> Endpoint<Event> {
            Endpoint("POST", "/events/by-code/\(segment(code))/join")
        }

        public static func create(_ settings: EventSettings) -> Endpoint<Event> {
            Endpoint("POST", "/events", json: settings)
        }

        public static func update(_ id: String, _ settings: EventSettings) -> Endpoint<Event> {
            Endpoint("PATCH", "/events/\(segment(id))", json: settings)
        }

        public static func join(_ id: String) -> Endpoint<NoContent> {
            Endpoint("POST", "/events/\(segment(id))/join")
        }

        public static func leave(_ id: String) -> Endpoint<NoContent> {
            Endpoint("POST", "/events/\(segment(id))/leave")
        }

        public static func invite(_ id: String, userId: String, role: EventRole? = nil) -> Endpoint<NoContent> {
            Endpoint("POST", "/events/\(segment(id))/invitations", json: InviteBody(userId: userId, role: role?.rawValue))
        }

        public static func propose(_ id: String, track: TrackReference, location: VoteLocation?) -> Endpoint<QueueEntry> {
            Endpoint("POST", "/events/\(segment(id))/tracks", json: ProposeBody(provider: track.provider, providerTrackId: track.providerTrackId, location: location))
        }

        public static func removeEntry(_ id: String, entryId: String) -> Endpoint<NoContent> {
            Endpoint("DELETE", "/events/\(segment(id))/tracks/\(segment(entryId))")
        }

        public static func vote(_ id: String, entryId: String, location: VoteLocation?) -> Endpoint<VoteResult> {
            Endpoint("PUT", "/events/\(segment(id))/tracks/\(segment(entryId))/vote", json: VoteBody(location: location))
        }

        public static func unvote(_ id: String, entryId: String) -> Endpoint<VoteResult> {
            Endpoint("DELETE", "/events/\(segment(id))/tracks/\(segment(entryId))/vote")
        }

        public static func playback(_ id: String, _ command: PlaybackCommand) -> Endpoint<Playback> {
            Endpoint("POST", "/events/\(segment(id))/playback", json: command)
        }

        public static func skipVotes(_ id: String) -> Endpoint<SkipVotes> {
            Endpoint("GET", "/events/\(segment(id))/playback/skip-vote")
        }

        /// Crowd skip: one vote per person against the playing entry (named, so a vote never lands on the next
        /// track); the location goes with it when the event has an area.
        public static func voteSkip(_ id: String, entryId: String, location: VoteLocation?) -> Endpoint<SkipVotes> {
            Endpoint("PUT", "/events/\(segment(id))/playback/skip-vote", json: SkipBody(entryId: entryId, location: location))
        }

        public static func withdrawSkip(_ id: String, entryId: String) -> Endpoint<SkipVotes> {
            Endpoint("DELETE", "/events/\(segment(id))/playback/skip-vote", json: SkipBody(entryId: entryId, location: nil))
        }

        /// Chooses which of the caller's devices plays the event's audio.
        public static func setPlayer(_ id: String, sessionId: String) -> Endpoint<Player> {
            Endpoint("PUT", "/events/\(segment(id))/player", json: ["sessionId": sessionId])
        }

        public static func delegates(_ id: String) -> Endpoint<[Delegate]> {
            Endpoint("GET", "/events/\(segment(id))/delegates")
        }

        public static func grant(_ id: String, userId: String, devices: DelegatedDevices = .all) -> Endpoint<Delegate> {
            Endpoint("PUT", "/events/\(segment(id))/delegates/\(segment(userId))", json: GrantBody(devices: devices))
        }

        public static func revokeGrant(_ id: String, userId: String) -> Endpoint<NoContent> {
            Endpoint("DELETE", "/events/\(segment(id))/delegates/\(segment(userId))")
        }

        public static func history(_ id: String, cursor: String? = nil) -> Endpoint<HistoryPage> {
            Endpoint<HistoryPage>("GET", "/events/\(segment(id))/history").page(cursor: cursor)
        }

        public static func exportHistory(_ id: String, name: String? = nil) -> Endpoint<ExportedPlaylist> {
            Endpoint("POST", "/events/\(segment(id))/history/export", json: name.map { ["name": $0] } ?? [:])
        }
    }

    /// The playback grants the caller holds, across events.
    public static func delegations() -> Endpoint<[IncomingDelegation]> {
        Endpoint("GET", "/delegations")
    }

    /// Narrows a grant the caller holds to some of their devices (never wider than granted).
    public static func narrowDelegation(eventId: String, devices: DelegatedDevices) -> Endpoint<IncomingDelegation> {
        Endpoint("PUT", "/delegations/\(segment(eventId))", json: GrantBody(devices: devices))
    }

    public static func giveUpDelegation(eventId: String) -> Endpoint<NoContent> {
        Endpoint("DELETE", "/delegations/\(segment(eventId))")
    }
}
