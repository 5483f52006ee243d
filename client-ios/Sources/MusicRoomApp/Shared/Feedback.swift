#if os(iOS)
import MusicRoomKit
import SwiftUI

/// An error as the user reads it: the server's own message, and its request id for support.
struct ErrorNote: View {
    let error: Error?

    var body: some View {
        if let error {
            VStack(alignment: .leading, spacing: 2) {
                Text(error.localizedDescription)
                    .foregroundStyle(.red)
                if case .server(_, let body, _)? = error as? APIError {
                    Text("Request \(body.requestId)")
                        .font(.caption2)
                        .foregroundStyle(.secondary)
                        .textSelection(.enabled)
                }
            }
            .accessibilityElement(children: .combine)
        }
    }
}

/// A button that runs an async action once at a time and shows progress while it does.
struct AsyncButton<Label: View>: View {
    let action: () async -> Void
    @ViewBuilder let label: () -> Label
    @State private var running = false

    init(action: @escaping () async -> Void, @ViewBuilder label: @escaping () -> Label) {
        self.action = action
        self.label = label
    }

    var body: some View {
        Button {
            guard !running else { return }
            running = true
            Task {
                await action()
                running = false
            }
        } label: {
            if running { ProgressView() } else { label() }
        }
        .disabled(running)
    }
}

extension AsyncButton where Label == Text {
    init(_ title: String, action: @escaping () async -> Void) {
        self.init(action: action) { Text(title) }
    }
}

struct TrackRow: View {
    let track: Track

    var body: some View {
        HStack {
            AsyncImage(url: track.artworkUrl) { image in
                image.resizable()
            } placeholder: {
                Image(systemName: "music.note")
            }
            .frame(width: 40, height: 40)
            .clipShape(RoundedRectangle(cornerRadius: 4))
            VStack(alignment: .leading) {
                Text(track.title).lineLimit(1)
                Text(track.artist).font(.caption).foregroundStyle(.secondary).lineLimit(1)
            }
        }
        .accessibilityElement(children: .combine)
    }
}
#endif
