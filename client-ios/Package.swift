// swift-tools-version:5.9
import PackageDescription

// MusicRoomKit is Foundation only, so `swift test` runs it on macOS and Linux.
// MusicRoomApp is the SwiftUI app (iOS 17+); its sources compile to nothing outside iOS.
let package = Package(
    name: "MusicRoom",
    platforms: [.iOS(.v17), .macOS(.v13)],
    products: [
        .library(name: "MusicRoomKit", targets: ["MusicRoomKit"]),
        .library(name: "MusicRoomApp", targets: ["MusicRoomApp"]),
    ],
    targets: [
        .target(name: "MusicRoomKit", path: "Sources/MusicRoomKit"),
        .target(name: "MusicRoomApp", dependencies: ["MusicRoomKit"], path: "Sources/MusicRoomApp"),
        .testTarget(
            name: "MusicRoomKitTests",
            dependencies: ["MusicRoomKit"],
            path: "Tests/MusicRoomKitTests",
            resources: [.copy("Fixtures"), .copy("Vectors")]
        ),
    ]
)
