#if os(iOS)
import MusicRoomKit
import SwiftUI

/// Email sign-in, social sign-in (Google, 42), and the ways to sign up, recover a password or change server.
struct SignInView: View {
    @Environment(AppModel.self) private var model
    @State private var email = ""
    @State private var password = ""
    @State private var error: Error?
    @State private var social = SocialSignIn()

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    TextField("Email", text: $email)
                        .textContentType(.username)
                        .keyboardType(.emailAddress)
                        .textInputAutocapitalization(.never)
                        .autocorrectionDisabled()
                    SecureField("Password", text: $password)
                        .textContentType(.password)
                    AsyncButton("Sign in") { await signIn() }
                        .disabled(email.isEmpty || password.isEmpty)
                    ErrorNote(error: error)
                }
                Section("Or continue with") {
                    ForEach(OAuthProvider.allCases, id: \.self) { provider in
                        AsyncButton("Continue with \(provider.displayName)") { await signIn(with: provider) }
                    }
                }
                Section {
                    NavigationLink("Create an account") { SignUpView() }
                    NavigationLink("Forgot your password?") { ForgotPasswordView(email: email) }
                    NavigationLink("Server: \(model.server.absoluteString)") { ServerSettingsView() }
                }
            }
            .navigationTitle("MusicRoom")
        }
    }

    private func signIn() async {
        do {
            _ = try await model.api.signIn(email: email, password: password)
            error = nil
        } catch {
            self.error = error
        }
    }

    /// The provider's page opens in an authentication session; its `musicroom://auth?code=` answer is exchanged.
    private func signIn(with provider: OAuthProvider) async {
        do {
            guard let start = OAuthFlow.startURL(server: model.server, provider: provider) else { return }
            let callback = try await social.authenticate(start: start, callbackScheme: OAuthFlow.callbackScheme)
            switch OAuthFlow.parse(callback: callback) {
            case .code(let code)?:
                _ = try await model.api.exchangeOAuthCode(code)
                error = nil
            case .failure(let code)?:
                error = SocialSignInError.refused(code)
            case nil:
                error = SocialSignInError.refused("unexpected answer")
            }
        } catch SocialSignInError.cancelled {
            error = nil
        } catch {
            self.error = error
        }
    }
}

struct SignUpView: View {
    @Environment(AppModel.self) private var model
    @State private var displayName = ""
    @State private var email = ""
    @State private var password = ""
    @State private var sent = false
    @State private var error: Error?

    var body: some View {
        Form {
            TextField("Display name", text: $displayName)
                .textContentType(.nickname)
            TextField("Email", text: $email)
                .keyboardType(.emailAddress)
                .textContentType(.username)
                .textInputAutocapitalization(.never)
            SecureField("Password", text: $password)
                .textContentType(.newPassword)
            AsyncButton("Create account") {
                do {
                    _ = try await model.api.send(API.Auth.register(email: email, password: password, displayName: displayName))
                    sent = true
                    error = nil
                } catch {
                    self.error = error
                }
            }
            .disabled(displayName.isEmpty || email.isEmpty || password.isEmpty)
            if sent {
                Text("Check your mail: open the link to confirm your address, then sign in.")
                AsyncButton("Send the mail again") {
                    _ = try? await model.api.send(API.Auth.resendVerification(email: email))
                }
            }
            ErrorNote(error: error)
        }
        .navigationTitle("Sign up")
    }
}

struct ForgotPasswordView: View {
    @Environment(AppModel.self) private var model
    @State var email: String
    @State private var token = ""
    @State private var newPassword = ""
    @State private var sent = false
    @State private var done = false
    @State private var error: Error?

    var body: some View {
        Form {
            Section("Get a reset link") {
                TextField("Email", text: $email)
                    .keyboardType(.emailAddress)
                    .textInputAutocapitalization(.never)
                AsyncButton("Send reset mail") {
                    do {
                        _ = try await model.api.send(API.Auth.forgotPassword(email: email))
                        sent = true
                    } catch {
                        self.error = error
                    }
                }
                if sent { Text("If an account uses this address, a mail is on its way.") }
            }
            Section("Choose a new password") {
                TextField("Code from the mail link (token=…)", text: $token)
                    .textInputAutocapitalization(.never)
                SecureField("New password", text: $newPassword)
                    .textContentType(.newPassword)
                AsyncButton("Set password") {
                    do {
                        _ = try await model.api.send(API.Auth.resetPassword(token: token, password: newPassword))
                        done = true
                        error = nil
                    } catch {
                        self.error = error
                    }
                }
                .disabled(token.isEmpty || newPassword.isEmpty)
                if done { Text("Password changed: sign in with it.") }
            }
            ErrorNote(error: error)
        }
        .navigationTitle("Password")
    }
}
#endif
