import Foundation

/// Every operation of the API the app uses, by area. `client.send(API.Events.get(id))`.
public enum API {}

extension API {
    public enum Auth {
        public static func login(email: String, password: String) -> Endpoint<Session> {
            Endpoint("POST", "/auth/login", json: ["email": email, "password": password], requiresAuth: false)
        }

        public static func register(email: String, password: String, displayName: String) -> Endpoint<Accepted> {
            Endpoint("POST", "/auth/register", json: ["email": email, "password": password, "displayName": displayName], requiresAuth: false)
        }

        public static func verifyEmail(token: String) -> Endpoint<Session> {
            Endpoint("POST", "/auth/verify-email", json: ["token": token], requiresAuth: false)
        }

        public static func resendVerification(email: String) -> Endpoint<Accepted> {
            Endpoint("POST", "/auth/resend-verification", json: ["email": email], requiresAuth: false)
        }

        public static func forgotPassword(email: String) -> Endpoint<Accepted> {
            Endpoint("POST", "/auth/forgot-password", json: ["email": email], requiresAuth: false)
        }

        public static func resetPassword(token: String, password: String) -> Endpoint<NoContent> {
            Endpoint("POST", "/auth/reset-password", json: ["token": token, "password": password], requiresAuth: false)
        }

        public static func changePassword(current: String, new: String) -> Endpoint<NoContent> {
            Endpoint("POST", "/auth/change-password", json: ["currentPassword": current, "newPassword": new])
        }

        public static func refresh(refreshToken: String) -> Endpoint<Session> {
            Endpoint("POST", "/auth/refresh", json: ["refreshToken": refreshToken], requiresAuth: false)
        }

        public static func logout(refreshToken: String) -> Endpoint<NoContent> {
            Endpoint("POST", "/auth/logout", json: ["refreshToken": refreshToken], requiresAuth: false)
        }

        /// Trades the one-time code from the `musicroom://auth?code=` redirect for a session.
        public static func exchange(code: String) -> Endpoint<Session> {
            Endpoint("POST", "/auth/oauth/exchange", json: ["code": code], requiresAuth: false)
        }

        public static func identities() -> Endpoint<[Identity]> {
            Endpoint("GET", "/auth/identities")
        }

        public static func sessions() -> Endpoint<[DeviceSession]> {
            Endpoint("GET", "/auth/sessions")
        }

        public static func revokeSession(id: String) -> Endpoint<NoContent> {
            Endpoint("DELETE", "/auth/sessions/\(segment(id))")
        }

        public static func revokeOtherSessions() -> Endpoint<NoContent> {
            Endpoint("POST", "/auth/sessions/revoke-others")
        }
    }
}

/// The social sign-in round trip through `ASWebAuthenticationSession`.
public enum OAuthFlow {
    public static let callbackScheme = "musicroom"
    public static let redirectURI = "musicroom://auth"

    /// `GET /api/auth/oauth/:provider?redirectUri=musicroom://auth`: open it in the authentication session.
    public static func startURL(server: URL, provider: OAuthProvider) -> URL? {
        var components = URLComponents(url: server.appendingPathComponent("api/auth/oauth/\(provider.rawValue)"), resolvingAgainstBaseURL: false)
        components?.queryItems = [URLQueryItem(name: "redirectUri", value: redirectURI)]
        return components?.url
    }

    public enum Callback: Hashable, Sendable {
        case code(String)
        case failure(String)
    }

    /// Reads `musicroom://auth?code=…` or `musicroom://auth?error=…`; nil for any other URL.
    public static func parse(callback url: URL) -> Callback? {
        guard url.scheme == callbackScheme, url.host == "auth",
              let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems else { return nil }
        if let code = items.first(where: { $0.name == "code" })?.value, !code.isEmpty { return .code(code) }
        if let error = items.first(where: { $0.name == "error" })?.value { return .failure(error) }
        return nil
    }
}
