// swift-tools-version: 6.1
import PackageDescription

/// Every Swift target is built the way Hummingbird builds its own: existential `any` spelled out,
/// and imports internal unless a file says otherwise, so no dependency leaks into a public API by accident.
let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let yams = Target.Dependency.product(name: "Yams", package: "Yams")
let tomlKit = Target.Dependency.product(name: "TOMLKit", package: "TOMLKit")
let crypto = Target.Dependency.product(name: "Crypto", package: "swift-crypto")
let flyingFox = Target.Dependency.product(name: "FlyingFox", package: "FlyingFox")
let mustache = Target.Dependency.product(name: "Mustache", package: "swift-mustache")
let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")

let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gazette", targets: ["gazette"]),
        .library(name: "GazetteCore", targets: ["GazetteCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C libraries from Debian, each behind a system library target. Nothing outside Curl and
        // Markdown imports them.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // glibc's `mallopt(3)`, which the Glibc module leaves out; only HeapGrowth imports it.
        .systemLibrary(name: "CMalloc"),
        .target(name: "Curl", dependencies: ["CCurl"], swiftSettings: settings),
        .target(name: "Markdown", dependencies: ["CCmarkGFM"], swiftSettings: settings),

        .target(
            name: "GazetteCore",
            dependencies: ["Curl", "Markdown", "CMalloc", yams, tomlKit, crypto, mustache, grdb],
            swiftSettings: settings
        ),
        .target(
            name: "GazetteTesting",
            dependencies: ["GazetteCore", flyingFox],
            swiftSettings: settings
        ),
        // The only target with a web server (FlyingFox, a few seconds of build), so the core stays without one.
        .target(
            name: "GazettePreview",
            dependencies: ["GazetteCore", flyingFox],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "gazette",
            dependencies: ["GazetteCore", "GazettePreview", argumentParser],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "Benchmarks",
            dependencies: ["GazetteCore", "Markdown", "GazetteTesting"],
            swiftSettings: settings
        ),

        .testTarget(name: "CurlTests", dependencies: ["Curl", "GazetteTesting"], swiftSettings: settings),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], swiftSettings: settings),
        .testTarget(
            name: "GazetteCoreTests",
            dependencies: ["GazetteCore", "GazetteTesting", crypto],
            swiftSettings: settings
        ),
        .testTarget(
            name: "GazettePreviewTests",
            dependencies: ["GazettePreview", "GazetteCore", "GazetteTesting"],
            swiftSettings: settings
        ),
        .testTarget(
            name: "GazetteCLITests",
            dependencies: ["GazetteCore", "GazetteTesting"],
            swiftSettings: settings
        ),
    ]
)
