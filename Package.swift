// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "wirewatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "wirewatch", targets: ["wirewatch"]),
        .library(name: "WirewatchCore", targets: ["WirewatchCore"]),
        .library(name: "WirewatchDaemon", targets: ["WirewatchDaemon"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // Small C shims for system calls Glibc does not expose to Swift (renameat2).
        .target(name: "CWirewatchShims"),
        // libxml2, for the SAX2 push parser that streams feeds.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // OpenSSL's libcrypto, for SHA-256 at hardware speed (inputs are hashed whole for their ids).
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        // The pure core: document model and every stage. No file system, no Dispatch.
        .target(name: "WirewatchCore", dependencies: ["CLibXML2", "CCrypto"]),
        // The daemon: configuration, folders, queues, signals, systemd.
        .target(
            name: "WirewatchDaemon",
            dependencies: [
                "WirewatchCore",
                "CWirewatchShims",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "wirewatch",
            dependencies: [
                "WirewatchDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WirewatchCoreTests", dependencies: ["WirewatchCore"]),
        .testTarget(name: "WirewatchDaemonTests", dependencies: ["WirewatchDaemon"]),
        // Depends on the executable so that `swift test` builds the real binary it runs.
        .testTarget(name: "WirewatchEndToEndTests", dependencies: ["wirewatch", "WirewatchCore"]),
    ]
)
