import XCTest
@testable import MusicRoomKit

/// The packet strings of Vectors/socketio-vectors.json, proven against engine.io-parser and socket.io-parser
/// by the backend's TypeScript test, run through this codec.
final class SocketIOVectorTests: XCTestCase {
    private func list(_ key: String) throws -> [JSONValue] {
        guard case .array(let items)? = try Fixtures.vectors()[key] else { throw XCTSkip("no \(key) vectors") }
        return items
    }

    private func expectedSocketPacket(_ decoded: JSONValue) throws -> SocketIOPacket {
        let kind = try XCTUnwrap(decoded["type"]?.intValue.flatMap(SocketIOPacket.Kind.init(rawValue:)))
        return SocketIOPacket(kind, namespace: decoded["nsp"]?.stringValue ?? "/", id: decoded["id"]?.intValue, data: decoded["data"])
    }

    func testEngineIOPacketsDecodeAndEncodeLikeEngineIOParser() throws {
        for vector in try list("engineio") {
            let name = vector["name"]?.stringValue ?? "?"
            let encoded = try XCTUnwrap(vector["encoded"]?.stringValue)
            let packet = try EngineIOPacket.decode(encoded)
            XCTAssertEqual(packet.kind.name, vector["decoded"]?["type"]?.stringValue, name)
            XCTAssertEqual(packet.data, vector["decoded"]?["data"]?.stringValue, name)
            XCTAssertEqual(packet.encoded, encoded, name)
        }
    }

    func testInvalidEngineIOPacketsAreRefused() throws {
        for vector in try list("engineioInvalid") {
            let text = try XCTUnwrap(vector.stringValue)
            XCTAssertThrowsError(try EngineIOPacket.decode(text), "accepted \(text)")
        }
    }

    func testSocketIOPacketsDecodeLikeSocketIOParserAndRoundTrip() throws {
        for vector in try list("socketio") {
            let name = vector["name"]?.stringValue ?? "?"
            let encoded = try XCTUnwrap(vector["encoded"]?.stringValue)
            let expected = try expectedSocketPacket(try XCTUnwrap(vector["decoded"]))
            let packet = try SocketIOPacket.decode(encoded)
            XCTAssertEqual(packet, expected, name)
            // Key order inside the JSON may differ from JavaScript's; the packet read back is the same.
            XCTAssertEqual(try SocketIOPacket.decode(expected.encoded), expected, name)
            XCTAssertEqual(Self.header(expected.encoded), Self.header(encoded), name)
        }
    }

    func testInvalidSocketIOPacketsAreRefused() throws {
        for vector in try list("socketioInvalid") {
            let text = try XCTUnwrap(vector.stringValue)
            XCTAssertThrowsError(try SocketIOPacket.decode(text), "accepted \(text)")
        }
    }

    func testWholeWebSocketFramesDecodeInBothLayers() throws {
        for vector in try list("frames") {
            let name = vector["name"]?.stringValue ?? "?"
            let frame = try XCTUnwrap(vector["frame"]?.stringValue)
            let engine = try EngineIOPacket.decode(frame)
            XCTAssertEqual(engine.kind.name, vector["engineio"]?["type"]?.stringValue, name)
            if let socket = vector["socketio"] {
                XCTAssertEqual(try SocketIOPacket.decode(try XCTUnwrap(engine.data)), try expectedSocketPacket(socket), name)
            }
        }
    }

    func testBinaryPacketsAreRefused() {
        XCTAssertThrowsError(try SocketIOPacket.decode("51-[\"x\",{\"_placeholder\":true,\"num\":0}]"))
    }

    /// Type, namespace and ack id: everything before the JSON payload.
    static func header(_ encoded: String) -> String {
        String(encoded.prefix { !"[{\"".contains($0) })
    }
}
