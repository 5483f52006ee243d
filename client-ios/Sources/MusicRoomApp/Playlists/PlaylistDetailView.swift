#if os(iOS)
import MusicRoomKit
import Observation
import SwiftUI

/// One playlist, live: others' edits arrive over the socket; reorder by drag, add by search, delete by swipe.
@MainActor
@Observable
final class PlaylistModel {
    let playlistId: String
    private(set) var playlist: Playlist?
    private(set) var deleted = false
    var error: Error?

    init(playlistId: String) {
        self.playlistId = playlistId
    }

    func follow(_ app: AppModel) async {
        let id = playlistId
        await app.keepLive(
            room: Playlist.room(id),
            fetch: { api in try await api.send(API.Playlists.get(id)) },
            onChange: { [weak self] playlist in
                if let playlist { self?.playlist = playlist } else { self?.deleted = true }
            },
            onError: { [weak self] error in self?.error = error }
        )
    }

    /// Moves locally at once, then tells the server "after this entry" (nil: first); a refusal is shown and
    /// the next frame or resync puts the true order back.
    func move(from source: IndexSet, to destination: Int, app: AppModel) async {
        guard var tracks = playlist?.tracks, let from = source.first else { return }
        tracks.move(fromOffsets: source, toOffset: destination)
        let movedIndex = destination > from ? destination - 1 : destination
        let moved = tracks[movedIndex]
        let after = movedIndex > 0 ? tracks[movedIndex - 1].id : nil
        playlist?.tracks = tracks
        do {
            let entry = try await app.api.send(API.Playlists.move(playlistId, entryId: moved.id, afterEntryId: after))
            if let index = playlist?.tracks.firstIndex(where: { $0.id == entry.id }) { playlist?.tracks[index].position = entry.position }
            error = nil
        } catch {
            self.error = error
        }
    }

    func add(_ track: Track, app: AppModel) async {
        do {
            _ = try await app.api.send(API.Playlists.add(playlistId, track: TrackReference(track)))
            error = nil
        } catch {
            self.error = error
        }
    }

    func remove(at offsets: IndexSet, app: AppModel) async {
        guard let tracks = playlist?.tracks else { return }
        for index in offsets {
            do {
                _ = try await app.api.send(API.Playlists.remove(playlistId, entryId: tracks[index].id))
            } catch {
                self.error = error
            }
        }
    }

    func rename(name: String, description: String, app: AppModel) async {
        do {
            playlist = try await app.api.send(API.Playlists.update(playlistId, PlaylistSettings(name: name, description: description)))
            error = nil
        } catch {
            self.error = error
        }
    }
}

struct PlaylistDetailView: View {
    @Environment(AppModel.self) private var app
    @State private var model: PlaylistModel
    @State private var adding = false
    @State private var editing = false
    @State private var name = ""
    @State private var details = ""

    init(playlistId: String) {
        _model = State(initialValue: PlaylistModel(playlistId: playlistId))
    }

    var body: some View {
        List {
            if model.deleted {
                Text("This playlist was deleted.").foregroundStyle(.secondary)
            } else if let playlist = model.playlist {
                if !playlist.description.isEmpty { Text(playlist.description).font(.footnote) }
                ForEach(playlist.tracks) { entry in
                    TrackRow(track: entry.track)
                }
                .onMove(perform: playlist.canEdit ? { source, destination in
                    Task { await model.move(from: source, to: destination, app: app) }
                } : nil)
                .onDelete(perform: playlist.canEdit ? { offsets in
                    Task { await model.remove(at: offsets, app: app) }
                } : nil)
            } else {
                ProgressView()
            }
            ErrorNote(error: model.error)
        }
        .navigationTitle(model.playlist?.name ?? "Playlist")
        .toolbar {
            if model.playlist?.canEdit == true {
                EditButton()
                Button { adding = true } label: { Label("Add", systemImage: "plus") }
                Button {
                    name = model.playlist?.name ?? ""
                    details = model.playlist?.description ?? ""
                    editing = true
                } label: {
                    Label("Rename", systemImage: "pencil")
                }
            }
        }
        .sheet(isPresented: $adding) {
            TrackSearchView(title: "Add a track") { track in
                adding = false
                Task { await model.add(track, app: app) }
            }
        }
        .alert("Playlist", isPresented: $editing) {
            TextField("Name", text: $name)
            TextField("Description", text: $details)
            Button("Save") { Task { await model.rename(name: name, description: details, app: app) } }
            Button("Cancel", role: .cancel) {}
        }
        .task { await model.follow(app) }
    }
}
#endif
