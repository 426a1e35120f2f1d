// swift-tools-version: 6.2
import PackageDescription

// One settings array for every Swift target (as Hummingbird does): Swift 6 mode, explicit `any`, no warnings.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parley", targets: ["ParleyCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.70.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        // Metrics (issue 14): the swift-metrics API with its Prometheus backend.
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.1.0"),
    ],
    targets: [
        // MARK: C adapters (the only places that see C types)
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(
            name: "CCurlShim",
            dependencies: ["CCurl"]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // MARK: Pure core: negotiation model, extraction, diff. No I/O, no C.
        .target(
            name: "ParleyCore",
            swiftSettings: swiftSettings
        ),

        // MARK: Adapters
        .target(
            name: "ParleyFeeds",
            dependencies: ["CLibXML2"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyFetch",
            dependencies: [
                "ParleyCore", "CCurl", "CCurlShim",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyStore",
            dependencies: [
                "ParleyCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleySinks",
            dependencies: [
                "ParleyCore", "ParleyStore", "ParleyFetch",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParleyDaemon",
            dependencies: [
                "ParleyCore", "ParleyFeeds", "ParleyFetch", "ParleyStore", "ParleySinks",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                // The /metrics endpoint's HTTP server (NIO is already built for ParleyLoopback).
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Loopback HTTP servers for tests, benchmarks and the demo (NIO, 127.0.0.1 only)
        .target(
            name: "ParleyLoopback",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: In-memory twins for tests (the state store, the webhook transport). Only test targets
        // depend on this; the loopback HTTP servers stay in ParleyLoopback because `parley demo`, `parley bench`
        // and `parley loopback-serve` use them too.
        .target(
            name: "ParleyTestSupport",
            dependencies: ["ParleyCore", "ParleyStore", "ParleySinks"],
            swiftSettings: swiftSettings
        ),

        // MARK: `parley bench`
        .target(
            name: "ParleyBench",
            dependencies: [
                "ParleyCore", "ParleyFeeds", "ParleyFetch", "ParleyStore", "ParleySinks", "ParleyDaemon",
                "ParleyLoopback", "CLibXML2",
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: The `parley` command
        .executableTarget(
            name: "ParleyCLI",
            dependencies: [
                "ParleyCore", "ParleyFeeds", "ParleyFetch", "ParleyStore", "ParleySinks", "ParleyDaemon",
                "ParleyBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Tests, one target per source target; fixtures beside them
        .testTarget(
            name: "ParleyCoreTests",
            dependencies: ["ParleyCore", "ParleyTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleyFeedsTests",
            dependencies: ["ParleyFeeds"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleyFetchTests",
            dependencies: ["ParleyFetch", "ParleyCore", "ParleyLoopback"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleyStoreTests",
            dependencies: ["ParleyStore", "ParleyCore", "ParleyTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleySinksTests",
            dependencies: ["ParleySinks", "ParleyLoopback", "ParleyTestSupport"],
            // Golden files, read and (with PARLEY_UPDATE_GOLDENS=1) written in the source tree.
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleyCLITests",
            dependencies: ["ParleyCLI", "ParleyCore", "ParleyStore"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParleyDaemonTests",
            dependencies: [
                "ParleyDaemon", "ParleyLoopback", "ParleyCore", "ParleyFeeds", "ParleyStore", "ParleySinks",
                "ParleyFetch", "ParleyTestSupport",
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
    ]
)

// MARK: libFuzzer targets (issue 15), declared only when PARLEY_FUZZ=1 so that `swift build` and `swift test` never
// see them: `.ci/fuzz TARGET SECONDS` builds them with `-sanitize=fuzzer,address` in `.build-fuzz` and runs one.
// Each is one file under Tests/Fuzz/<name> defining `LLVMFuzzerTestOneInput`; libFuzzer supplies `main`.
if Context.environment["PARLEY_FUZZ"] == "1" {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzFeedParser", ["ParleyFeeds"]),
        ("FuzzDates", ["ParleyFeeds"]),
        ("FuzzHTMLText", ["ParleyFeeds"]),
        ("FuzzExtraction", ["ParleyCore"]),
        ("FuzzConfig", ["ParleyDaemon"]),
        ("FuzzModel", ["ParleyCore"]),
    ]
    for (name, dependencies) in fuzzTargets {
        package.targets.append(.executableTarget(
            name: name, dependencies: dependencies, path: "Tests/Fuzz/\(name)",
            swiftSettings: swiftSettings + [.unsafeFlags(["-parse-as-library"])]
        ))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
