#if os(iOS)
import MusicRoomKit
import SwiftUI

/// My profile, with who may see each field, my devices, and signing out.
struct ProfileView: View {
    @Environment(AppModel.self) private var model
    @State private var displayName = ""
    @State private var bio = ""
    @State private var location = ""
    @State private var genres = ""
    @State private var artists = ""
    @State private var visibility = ProfileVisibility()
    @State private var saved = false
    @State private var error: Error?

    var body: some View {
        Form {
            Section("Profile") {
                field("Display name", text: $displayName, visibility: $visibility.displayName)
                field("Bio", text: $bio, visibility: $visibility.bio)
                field("Location", text: $location, visibility: $visibility.location)
                field("Favourite genres (comma separated)", text: $genres, visibility: $visibility.musicPreferences)
                TextField("Favourite artists (comma separated)", text: $artists)
                visibilityPicker("Avatar", selection: $visibility.avatar)
                AsyncButton("Save") { await save() }
                if saved { Text("Saved.").font(.footnote) }
                ErrorNote(error: error)
            }
            if let me = model.me {
                Section("Account") {
                    LabeledContent("Email", value: me.email)
                    LabeledContent("Plan", value: me.plan == .premium ? "Premium" : "Free")
                }
            }
            Section {
                NavigationLink("Devices") { DevicesView() }
                NavigationLink("Server") { ServerSettingsView() }
                AsyncButton("Sign out") { await model.signOut() }
            }
        }
        .navigationTitle("Me")
        .task { await load() }
    }

    private func field(_ title: String, text: Binding<String>, visibility: Binding<FieldVisibility?>) -> some View {
        VStack(alignment: .leading) {
            TextField(title, text: text)
            visibilityPicker("Visible to", selection: visibility)
        }
    }

    private func visibilityPicker(_ title: String, selection: Binding<FieldVisibility?>) -> some View {
        Picker(title, selection: Binding(get: { selection.wrappedValue ?? .public }, set: { selection.wrappedValue = $0 })) {
            Text("Everyone").tag(FieldVisibility.public)
            Text("Friends").tag(FieldVisibility.friends)
            Text("Only me").tag(FieldVisibility.private)
        }
        .font(.caption)
    }

    private func load() async {
        await model.refreshMe()
        guard let me = model.me else { return }
        displayName = me.displayName
        bio = me.bio ?? ""
        location = me.location ?? ""
        genres = me.musicPreferences.genres.joined(separator: ", ")
        artists = me.musicPreferences.artists.joined(separator: ", ")
        visibility = me.visibility
    }

    private func save() async {
        let list = { (text: String) in text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let update = ProfileUpdate(
            displayName: displayName,
            bio: bio,
            location: location,
            musicPreferences: MusicPreferences(genres: list(genres), artists: list(artists)),
            visibility: visibility
        )
        do {
            model.me = try await model.api.send(API.Users.updateMe(update))
            saved = true
            error = nil
        } catch {
            saved = false
            self.error = error
        }
    }
}

/// Every device signed in to the account; sign one out, or all but this one.
struct DevicesView: View {
    @Environment(AppModel.self) private var model
    @State private var devices: [DeviceSession] = []
    @State private var error: Error?

    var body: some View {
        List {
            ForEach(devices) { device in
                VStack(alignment: .leading) {
                    Text((device.deviceName ?? "Unknown device") + (device.current ? " (this device)" : ""))
                    Text("\(device.platform ?? "?") · \(device.appVersion ?? "?") · last seen \(device.lastSeenAt.formatted(.relative(presentation: .named)))")
                        .font(.caption)
                        .foregroundStyle(.secondary)
                }
                .swipeActions {
                    if !device.current {
                        Button("Sign out", role: .destructive) { Task { await run { _ = try await model.api.send(API.Auth.revokeSession(id: device.id)) } } }
                    }
                }
            }
            AsyncButton("Sign out all other devices") { await run { _ = try await model.api.send(API.Auth.revokeOtherSessions()) } }
                .disabled(devices.count < 2)
            ErrorNote(error: error)
        }
        .navigationTitle("Devices")
        .task { await run {} }
        .refreshable { await run {} }
    }

    private func run(_ action: () async throws -> Void) async {
        do {
            try await action()
            devices = try await model.api.send(API.Auth.sessions())
            error = nil
        } catch {
            self.error = error
        }
    }
}
#endif
