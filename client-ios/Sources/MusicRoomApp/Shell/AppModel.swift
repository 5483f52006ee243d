#if os(iOS)
import Foundation
import MusicRoomKit
import Observation
import UIKit

/// The app's one shared state: which server, who is signed in, and the API and realtime clients for them.
@MainActor
@Observable
public final class AppModel {
    public enum Phase: Equatable {
        case starting
        case signedOut
        case signedIn
    }

    public static let debugServer = URL(string: "http://localhost:3000")!
    /// The deployed backend; set `MusicRoomDeployedURL` in Info.plist to point a build elsewhere.
    public static let deployedServer: URL = {
        if let text = Bundle.main.object(forInfoDictionaryKey: "MusicRoomDeployedURL") as? String, let url = URL(string: text) { return url }
        return URL(string: "https://musicroom.onrender.com")!
    }()

    private static let serverKey = "musicroom.server"

    public private(set) var phase: Phase = .starting
    public private(set) var server: URL
    public private(set) var api: APIClient
    public private(set) var realtime: RealtimeClient
    public var me: Me?
    /// The last realtime problem worth showing (refused connection, session ended elsewhere).
    public var notice: String?

    public init() {
        let saved = UserDefaults.standard.string(forKey: Self.serverKey).flatMap(URL.init(string:))
        #if DEBUG
        let server = saved ?? Self.debugServer
        #else
        let server = saved ?? Self.deployedServer
        #endif
        self.server = server
        let clients = Self.clients(for: server)
        api = clients.api
        realtime = clients.realtime
        listenForSessionChanges()
    }

    private static func clients(for server: URL) -> (api: APIClient, realtime: RealtimeClient) {
        let info = ClientInfo(deviceModel: DeviceModel.name, appVersion: DeviceModel.appVersion)
        let store = KeychainTokenStore(account: server.host ?? server.absoluteString)
        let api = APIClient(server: server, clientInfo: info, tokenStore: store)
        let realtime = RealtimeClient(server: server, clientInfo: info) { force in
            try await api.validAccessToken(forceRefresh: force)
        }
        return (api, realtime)
    }

    private func listenForSessionChanges() {
        let api = self.api
        Task {
            await api.onSessionChange { [weak self] session in
                Task { @MainActor in self?.sessionChanged(session) }
            }
        }
    }

    private func sessionChanged(_ session: Session?) {
        if let session {
            me = session.user
            if phase != .signedIn {
                phase = .signedIn
                Task { await realtime.start() }
            }
        } else if phase != .signedOut {
            phase = .signedOut
            me = nil
            Task { await realtime.stop() }
        }
    }

    /// At launch: resume the stored session for this server, if any.
    public func start() async {
        watchRealtime()
        if await api.restore() == false { phase = .signedOut }
    }

    private func watchRealtime() {
        let realtime = self.realtime
        Task { [weak self] in
            for await event in await realtime.listen() {
                guard let self else { return }
                switch event {
                case .sessionEnded(let reason):
                    self.notice = reason == "revoked" ? "This device was signed out from another one." : nil
                    await self.api.signOut()
                case .refused(let code):
                    self.notice = "Live updates refused: \(code)"
                case .connected:
                    self.notice = nil
                default:
                    break
                }
            }
        }
    }

    /// Switches server: signs out of the old one and keeps the choice.
    public func use(server: URL) async {
        guard server != self.server else { return }
        await realtime.stop()
        await api.signOut()
        UserDefaults.standard.set(server.absoluteString, forKey: Self.serverKey)
        self.server = server
        let clients = Self.clients(for: server)
        api = clients.api
        realtime = clients.realtime
        listenForSessionChanges()
        phase = .signedOut
        await start()
    }

    public func signOut() async {
        await realtime.stop()
        await api.signOut()
    }

    public func refreshMe() async {
        let fresh = try? await api.send(API.Users.me())
        if let fresh { me = fresh }
    }
}

/// The `X-Client-Device` model name ("iPhone16,1") and the app version.
enum DeviceModel {
    static var name: String {
        var info = utsname()
        uname(&info)
        let identifier = withUnsafeBytes(of: &info.machine) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        if identifier.hasPrefix("x86") || identifier.hasPrefix("arm64") { return "\(UIDevice.current.model) Simulator" }
        return identifier.isEmpty ? UIDevice.current.model : identifier
    }

    static var appVersion: String {
        Bundle.main.object(forInfoDictionaryKey: "CFBundleShortVersionString") as? String ?? "0.0.0"
    }
}
#endif
