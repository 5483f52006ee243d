import Foundation
#if canImport(Security)
import Security
#endif

/// Where the refresh token lives between launches. The app uses the Keychain; tests use memory.
public protocol TokenStore: Sendable {
    func loadRefreshToken() async -> String?
    func saveRefreshToken(_ token: String?) async
}

public actor InMemoryTokenStore: TokenStore {
    private var token: String?

    public init(refreshToken: String? = nil) {
        token = refreshToken
    }

    public func loadRefreshToken() async -> String? { token }

    public func saveRefreshToken(_ token: String?) async {
        self.token = token
    }
}

#if canImport(Security)
/// The refresh token as a generic password item, readable only while the device is unlocked, never synced.
public struct KeychainTokenStore: TokenStore {
    private let service: String
    private let account: String

    public init(service: String = "app.musicroom.auth", account: String) {
        self.service = service
        self.account = account
    }

    private var query: [String: Any] {
        [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: service, kSecAttrAccount as String: account]
    }

    public func loadRefreshToken() async -> String? {
        var request = query
        request[kSecReturnData as String] = true
        request[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        guard SecItemCopyMatching(request as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }

    public func saveRefreshToken(_ token: String?) async {
        SecItemDelete(query as CFDictionary)
        guard let token, let data = token.data(using: .utf8) else { return }
        var item = query
        item[kSecValueData as String] = data
        item[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(item as CFDictionary, nil)
    }
}
#endif
