#if os(iOS)
import CoreLocation
import MusicRoomKit

/// One location fix when asked: for nearby events, and for votes and proposals in events with an area.
@MainActor
final class LocationProvider: NSObject, CLLocationManagerDelegate {
    enum Failure: LocalizedError {
        case denied

        var errorDescription: String? { "Location is off for MusicRoom: allow it in Settings to vote in events with an area." }
    }

    private let manager = CLLocationManager()
    private var waiting: [CheckedContinuation<CLLocation, Error>] = []

    override init() {
        super.init()
        manager.delegate = self
        manager.desiredAccuracy = kCLLocationAccuracyNearestTenMeters
    }

    func current() async throws -> CLLocation {
        switch manager.authorizationStatus {
        case .denied, .restricted:
            throw Failure.denied
        case .notDetermined:
            manager.requestWhenInUseAuthorization()
        default:
            break
        }
        return try await withCheckedThrowingContinuation { continuation in
            waiting.append(continuation)
            manager.requestLocation()
        }
    }

    func voteLocation() async throws -> VoteLocation {
        let fix = try await current()
        return VoteLocation(lat: fix.coordinate.latitude, lng: fix.coordinate.longitude, accuracyMeters: max(fix.horizontalAccuracy, 1))
    }

    nonisolated func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        guard let last = locations.last else { return }
        Task { @MainActor in self.finish(.success(last)) }
    }

    nonisolated func locationManager(_ manager: CLLocationManager, didFailWithError error: Error) {
        Task { @MainActor in self.finish(.failure(error)) }
    }

    nonisolated func locationManagerDidChangeAuthorization(_ manager: CLLocationManager) {
        let status = manager.authorizationStatus
        Task { @MainActor in
            if status == .denied || status == .restricted { self.finish(.failure(Failure.denied)) }
        }
    }

    private func finish(_ result: Result<CLLocation, Error>) {
        let continuations = waiting
        waiting = []
        for continuation in continuations { continuation.resume(with: result) }
    }
}
#endif
