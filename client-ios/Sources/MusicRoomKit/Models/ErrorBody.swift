import Foundation

/// The body of every error the API answers: `{ statusCode, code, message, requestId, details }`.
/// `code` stays a string so that a code added later never breaks decoding.
// openapi: ErrorResponse
public struct ErrorBody: Codable, Hashable, Sendable {
    public let statusCode: Int
    public let code: String
    public let message: String
    public let requestId: String
    /// One shape per code (a `VALIDATION_FAILED` lists fields: see `fieldProblems`).
    public let details: JSONValue
}

/// One field of a `VALIDATION_FAILED` error's `details`.
public struct FieldProblem: Hashable, Sendable {
    public let field: String
    public let messages: [String]
}

extension ErrorBody {
    /// `details` of a `VALIDATION_FAILED` error, by field.
    public var fieldProblems: [FieldProblem] {
        guard case .array(let items) = details else { return [] }
        return items.compactMap { item in
            guard let field = item["field"]?.stringValue, case .array(let messages)? = item["messages"] else { return nil }
            return FieldProblem(field: field, messages: messages.compactMap { $0.stringValue })
        }
    }
}
