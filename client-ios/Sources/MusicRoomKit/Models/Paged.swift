import Foundation

/// A page of a list: `{ items, nextCursor }`; pass `nextCursor` back as `?cursor=` for the next one.
public protocol Paged: Decodable {
    associatedtype Item: Decodable
    var items: [Item] { get }
    var nextCursor: String? { get }
}
