import Foundation

/// An Engine.IO v4 packet as sent in one WebSocket text frame: a type digit, then the data.
public struct EngineIOPacket: Hashable, Sendable {
    public enum Kind: Character, CaseIterable, Sendable {
        case open = "0"
        case close = "1"
        case ping = "2"
        case pong = "3"
        case message = "4"
        case upgrade = "5"
        case noop = "6"

        /// The name engine.io-parser uses (`open`, `ping`, …).
        public var name: String { String(describing: self) }
    }

    public let kind: Kind
    public let data: String?

    public init(_ kind: Kind, _ data: String? = nil) {
        self.kind = kind
        self.data = data
    }

    public struct DecodingFailure: Error, Hashable {
        public let frame: String
    }

    public static func decode(_ frame: String) throws -> EngineIOPacket {
        guard let first = frame.first, let kind = Kind(rawValue: first) else { throw DecodingFailure(frame: frame) }
        let rest = String(frame.dropFirst())
        return EngineIOPacket(kind, rest.isEmpty ? nil : rest)
    }

    public var encoded: String {
        String(kind.rawValue) + (data ?? "")
    }
}

/// The server's `open` packet: session id and heartbeat timing.
public struct EngineIOHandshake: Hashable, Sendable {
    public let sid: String
    public let pingInterval: Int
    public let pingTimeout: Int
    public let maxPayload: Int?

    public static func decode(_ data: String) throws -> EngineIOHandshake {
        let value = try MusicRoomJSON.decoder.decode(JSONValue.self, from: Data(data.utf8))
        guard let sid = value["sid"]?.stringValue, let interval = value["pingInterval"]?.intValue,
              let timeout = value["pingTimeout"]?.intValue else { throw EngineIOPacket.DecodingFailure(frame: data) }
        return EngineIOHandshake(sid: sid, pingInterval: interval, pingTimeout: timeout, maxPayload: value["maxPayload"]?.intValue)
    }

    public init(sid: String, pingInterval: Int, pingTimeout: Int, maxPayload: Int?) {
        self.sid = sid
        self.pingInterval = pingInterval
        self.pingTimeout = pingTimeout
        self.maxPayload = maxPayload
    }
}
