#if os(iOS)
import Foundation
import MusicRoomKit

extension AppModel {
    /// Keeps one event or playlist live for as long as the calling task runs (a view's `.task`): each new
    /// state, nil once deleted, and each error reach the main actor.
    func keepLive<Model: LiveModel>(
        room: String,
        fetch: @escaping @Sendable (APIClient) async throws -> Model,
        onChange: @escaping @Sendable @MainActor (Model?) -> Void,
        onError: @escaping @Sendable @MainActor (Error) -> Void
    ) async {
        let api = self.api
        let sync = RoomSync<Model>(room: room, realtime: realtime) { try await fetch(api) }
        await sync.run(
            onChange: { model in await MainActor.run { onChange(model) } },
            onError: { error in await MainActor.run { onError(error) } }
        )
    }
}
#endif
