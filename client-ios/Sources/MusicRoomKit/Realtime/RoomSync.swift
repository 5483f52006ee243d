import Foundation

/// Keeps one event or playlist current: fetches it over REST, subscribes to its room, applies each frame
/// in version order, and refetches over REST whenever it cannot be sure (a version gap, a reconnect whose
/// subscription reports another version, a frame it cannot patch). Every new state goes to `onChange`;
/// nil means the room was deleted.
public actor RoomSync<Model: LiveModel> {
    private let room: String
    private let realtime: RealtimeClient
    private let fetch: @Sendable () async throws -> Model
    private(set) var model: Model?

    public init(room: String, realtime: RealtimeClient, fetch: @escaping @Sendable () async throws -> Model) {
        self.room = room
        self.realtime = realtime
        self.fetch = fetch
    }

    /// Runs until the calling task is cancelled; then leaves the room.
    public func run(onChange: @escaping @Sendable (Model?) async -> Void, onError: @escaping @Sendable (Error) async -> Void = { _ in }) async {
        let events = await realtime.listen()
        do {
            try await realtime.subscribe(room)
        } catch {
            await onError(error)
        }
        await resync(onChange, onError)
        for await event in events {
            if Task.isCancelled { break }
            switch event {
            case .frame(let name, let payload):
                guard payload["room"]?.stringValue == room, var current = model else { continue }
                switch current.receive(frame: name, payload: payload) {
                case .applied:
                    model = current
                    await onChange(current)
                case .ignored:
                    continue
                case .needsResync:
                    await resync(onChange, onError)
                case .deleted:
                    model = nil
                    await onChange(nil)
                }
            case .subscribed(let subscribedRoom, let version) where subscribedRoom == room:
                if model?.version != version { await resync(onChange, onError) }
            default:
                continue
            }
        }
        await realtime.unsubscribe(room)
    }

    /// The REST state wins; frames older than it are then ignored by the version gate.
    public func resync(_ onChange: @Sendable (Model?) async -> Void, _ onError: @Sendable (Error) async -> Void) async {
        do {
            let fresh = try await fetch()
            model = fresh
            await onChange(fresh)
        } catch let error as APIError where error.status == 404 {
            model = nil
            await onChange(nil)
        } catch {
            await onError(error)
        }
    }
}
