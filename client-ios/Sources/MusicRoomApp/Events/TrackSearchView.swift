#if os(iOS)
import MusicRoomKit
import SwiftUI

/// Search the music providers and pick a track.
struct TrackSearchView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss
    let title: String
    let onPick: (Track) -> Void
    @State private var query = ""
    @State private var results: [Track] = []
    @State private var error: Error?

    var body: some View {
        NavigationStack {
            List {
                ErrorNote(error: error)
                ForEach(results) { track in
                    Button { onPick(track) } label: { TrackRow(track: track) }
                }
            }
            .searchable(text: $query, prompt: "Title or artist")
            .task(id: query) {
                guard query.count >= 2 else { return results = [] }
                try? await Task.sleep(nanoseconds: 300_000_000)
                guard !Task.isCancelled else { return }
                do {
                    results = try await model.api.send(API.Music.search(query)).items
                    error = nil
                } catch {
                    self.error = error
                }
            }
            .navigationTitle(title)
            .toolbar { Button("Close") { dismiss() } }
        }
    }
}
#endif
