#if os(iOS)
import AuthenticationServices
import Foundation
import UIKit

enum SocialSignInError: LocalizedError {
    case cancelled
    case refused(String)

    var errorDescription: String? {
        switch self {
        case .cancelled: return "Sign-in cancelled."
        case .refused(let code): return "The provider refused the sign-in (\(code))."
        }
    }
}

/// Runs one `ASWebAuthenticationSession` and returns the URL it was redirected to (`musicroom://auth?…`).
@MainActor
final class SocialSignIn: NSObject, ASWebAuthenticationPresentationContextProviding {
    private var session: ASWebAuthenticationSession?

    func authenticate(start: URL, callbackScheme: String) async throws -> URL {
        try await withCheckedThrowingContinuation { continuation in
            let session = ASWebAuthenticationSession(url: start, callbackURLScheme: callbackScheme) { url, error in
                if let url {
                    continuation.resume(returning: url)
                } else if let error = error as? ASWebAuthenticationSessionError, error.code == .canceledLogin {
                    continuation.resume(throwing: SocialSignInError.cancelled)
                } else {
                    continuation.resume(throwing: error ?? SocialSignInError.cancelled)
                }
            }
            session.presentationContextProvider = self
            session.prefersEphemeralWebBrowserSession = true
            self.session = session
            if !session.start() { continuation.resume(throwing: SocialSignInError.cancelled) }
        }
    }

    nonisolated func presentationAnchor(for session: ASWebAuthenticationSession) -> ASPresentationAnchor {
        MainActor.assumeIsolated {
            UIApplication.shared.connectedScenes
                .compactMap { ($0 as? UIWindowScene)?.keyWindow }
                .first ?? ASPresentationAnchor()
        }
    }
}
#endif
