#if os(iOS)
import MusicRoomKit
import SwiftUI

/// My playlists, those shared with me, and public ones; create a new one.
struct PlaylistsView: View {
    @Environment(AppModel.self) private var model
    @State private var scope: PlaylistScope = .mine
    @State private var playlists: [PlaylistSummary] = []
    @State private var error: Error?
    @State private var creating = false
    @State private var newName = ""

    var body: some View {
        List {
            Picker("Show", selection: $scope) {
                Text("Mine").tag(PlaylistScope.mine)
                Text("Shared").tag(PlaylistScope.shared)
                Text("Public").tag(PlaylistScope.public)
            }
            .pickerStyle(.segmented)
            ErrorNote(error: error)
            ForEach(playlists) { playlist in
                NavigationLink(value: playlist.id) {
                    VStack(alignment: .leading) {
                        Text(playlist.name)
                        Text("\(playlist.trackCount) tracks · \(playlist.canEdit ? "you can edit" : "read only")")
                            .font(.caption)
                            .foregroundStyle(.secondary)
                    }
                }
            }
        }
        .navigationTitle("Playlists")
        .navigationDestination(for: String.self) { id in PlaylistDetailView(playlistId: id) }
        .toolbar { Button { creating = true } label: { Label("New playlist", systemImage: "plus") } }
        .alert("New playlist", isPresented: $creating) {
            TextField("Name", text: $newName)
            Button("Create") { Task { await create() } }
            Button("Cancel", role: .cancel) {}
        }
        .task(id: scope) { await load() }
        .refreshable { await load() }
    }

    private func load() async {
        do {
            playlists = try await model.api.send(API.Playlists.list(scope: scope)).items
            error = nil
        } catch {
            self.error = error
        }
    }

    private func create() async {
        do {
            _ = try await model.api.send(API.Playlists.create(PlaylistSettings(name: newName)))
            newName = ""
            scope = .mine
            await load()
        } catch {
            self.error = error
        }
    }
}
#endif
