import Foundation

/// A Socket.IO v5 packet (the socket.io 4.x protocol), carried as the data of an Engine.IO `message`.
/// Text only: binary events are never sent by this API and are refused.
public struct SocketIOPacket: Hashable, Sendable {
    public enum Kind: Int, CaseIterable, Sendable {
        case connect = 0
        case disconnect = 1
        case event = 2
        case ack = 3
        case connectError = 4
        case binaryEvent = 5
        case binaryAck = 6
    }

    public let kind: Kind
    public let namespace: String
    public let id: Int?
    public let data: JSONValue?

    public init(_ kind: Kind, namespace: String = "/", id: Int? = nil, data: JSONValue? = nil) {
        self.kind = kind
        self.namespace = namespace
        self.id = id
        self.data = data
    }

    public enum DecodingFailure: Error, Hashable {
        case unknownType(String)
        case binaryUnsupported
        case invalidPayload(String)
    }

    /// Event names the protocol keeps for itself; an event may not use them.
    static let reservedEvents: Set<String> = ["connect", "connect_error", "disconnect", "disconnecting", "newListener", "removeListener"]

    /// Reads one packet the way socket.io-parser does: type, optional `/nsp,`, optional ack id, optional JSON.
    public static func decode(_ text: String) throws -> SocketIOPacket {
        let characters = Array(text)
        guard let first = characters.first, let digit = first.wholeNumberValue, first.isASCII, let kind = Kind(rawValue: digit) else {
            throw DecodingFailure.unknownType(text)
        }
        if kind == .binaryEvent || kind == .binaryAck { throw DecodingFailure.binaryUnsupported }
        var index = 1
        var namespace = "/"
        if index < characters.count, characters[index] == "/" {
            let start = index
            while index < characters.count, characters[index] != "," { index += 1 }
            namespace = String(characters[start..<index])
            if index < characters.count { index += 1 }
        }
        var id: Int?
        let idStart = index
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        if index > idStart { id = Int(String(characters[idStart..<index])) }
        var data: JSONValue?
        if index < characters.count {
            let json = String(characters[index...])
            guard let payload = try? MusicRoomJSON.decoder.decode(JSONValue.self, from: Data(json.utf8)) else {
                throw DecodingFailure.invalidPayload(text)
            }
            data = payload
        }
        guard isValid(kind: kind, data: data) else { throw DecodingFailure.invalidPayload(text) }
        return SocketIOPacket(kind, namespace: namespace, id: id, data: data)
    }

    static func isValid(kind: Kind, data: JSONValue?) -> Bool {
        switch kind {
        case .connect:
            if case .object? = data { return true }
            return data == nil
        case .disconnect:
            return data == nil
        case .connectError:
            switch data {
            case .string?, .object?: return true
            default: return false
            }
        case .event, .binaryEvent:
            guard case .array(let items)? = data, let name = items.first else { return false }
            switch name {
            case .number: return true
            case .string(let text): return !reservedEvents.contains(text)
            default: return false
            }
        case .ack, .binaryAck:
            if case .array? = data { return true }
            return false
        }
    }

    public var encoded: String {
        var text = String(kind.rawValue)
        if namespace != "/" { text += namespace + "," }
        if let id { text += String(id) }
        if let data, let json = try? MusicRoomJSON.encoder.encode(data) {
            text += String(decoding: json, as: UTF8.self)
        }
        return text
    }

    /// `["name", payload]` of an event packet.
    public var event: (name: String, arguments: [JSONValue])? {
        guard kind == .event, case .array(let items)? = data, case .string(let name)? = items.first else { return nil }
        return (name, Array(items.dropFirst()))
    }

    public static func event(_ name: String, _ arguments: [JSONValue], id: Int? = nil) -> SocketIOPacket {
        SocketIOPacket(.event, id: id, data: .array([.string(name)] + arguments))
    }
}
