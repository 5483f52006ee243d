#if os(iOS)
import MusicRoomKit
import SwiftUI

/// The whole app: sign-in when signed out, else tabs for events, playlists, friends and profile.
public struct RootView: View {
    @State private var model = AppModel()

    public init() {}

    public var body: some View {
        Group {
            switch model.phase {
            case .starting:
                ProgressView("Connecting…")
            case .signedOut:
                SignInView()
            case .signedIn:
                MainTabs()
            }
        }
        .environment(model)
        .task { await model.start() }
    }
}

struct MainTabs: View {
    @Environment(AppModel.self) private var model

    var body: some View {
        TabView {
            NavigationStack { EventsView() }
                .tabItem { Label("Events", systemImage: "music.note.house") }
            NavigationStack { PlaylistsView() }
                .tabItem { Label("Playlists", systemImage: "music.note.list") }
            NavigationStack { FriendsView() }
                .tabItem { Label("Friends", systemImage: "person.2") }
            NavigationStack { ProfileView() }
                .tabItem { Label("Me", systemImage: "person.crop.circle") }
        }
        .overlay(alignment: .top) {
            if let notice = model.notice {
                Text(notice)
                    .font(.footnote)
                    .padding(8)
                    .background(.thinMaterial, in: Capsule())
                    .onTapGesture { model.notice = nil }
            }
        }
    }
}
#endif
