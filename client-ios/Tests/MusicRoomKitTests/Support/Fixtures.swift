import Foundation
import XCTest
@testable import MusicRoomKit

/// The recorded API responses and frames (written by the backend's iOS fixtures e2e test).
enum Fixtures {
    struct Binding: Decodable {
        let file: String
        let pointer: String?
        let type: String
    }

    static func url(_ file: String) throws -> URL {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw XCTSkip("Fixtures are not in the test bundle")
        }
        return root.appendingPathComponent(file)
    }

    static func data(_ file: String) throws -> Data {
        try Data(contentsOf: url(file))
    }

    static func json(_ file: String) throws -> JSONValue {
        try MusicRoomJSON.decoder.decode(JSONValue.self, from: data(file))
    }

    static func manifest() throws -> [Binding] {
        try JSONDecoder().decode([Binding].self, from: data("manifest.json"))
    }

    /// The bytes of the value at `pointer` (`payload`) inside a fixture file.
    static func data(_ file: String, pointer: String?) throws -> Data {
        guard let pointer else { return try data(file) }
        var value = try json(file)
        for key in pointer.split(separator: "/") {
            guard let inner = value[String(key)] else { throw DecodingError.valueNotFound(JSONValue.self, .init(codingPath: [], debugDescription: "\(file)#\(pointer)")) }
            value = inner
        }
        return try MusicRoomJSON.encoder.encode(value)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ file: String, pointer: String? = nil) throws -> T {
        try MusicRoomJSON.decoder.decode(T.self, from: data(file, pointer: pointer))
    }

    static func vectors() throws -> JSONValue {
        guard let url = Bundle.module.url(forResource: "Vectors/socketio-vectors", withExtension: "json")
            ?? Bundle.module.url(forResource: "socketio-vectors", withExtension: "json", subdirectory: "Vectors") else {
            throw XCTSkip("Vectors are not in the test bundle")
        }
        return try MusicRoomJSON.decoder.decode(JSONValue.self, from: Data(contentsOf: url))
    }
}

/// Decodes a value, or an array of them when the recording is a list.
func decodeOneOrMany<T: Decodable>(_ type: T.Type, _ data: Data) throws {
    let value = try MusicRoomJSON.decoder.decode(JSONValue.self, from: data)
    if case .array = value {
        _ = try MusicRoomJSON.decoder.decode([T].self, from: data)
    } else {
        _ = try MusicRoomJSON.decoder.decode(T.self, from: data)
    }
}
