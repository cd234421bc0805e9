// swift-tools-version: 6.2
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// How the executables are linked, for start-up time (figures in BENCHMARKS.md):
/// - never exporting every Swift symbol to the dynamic symbol table (about 39,000 in `kamaki`),
///   which the runtime's start-up `dladdr` walks;
/// - `kamaki` with `KAMAKI_STATIC_BUILD=1` (set by `make release` and `make bench`, which also
///   pass `--static-swift-stdlib`): one static executable, so no dynamic loader, no shared
///   libraries to map and bind, no relocations at start; `kamaki -V` takes about 1.5 ms instead
///   of 6. The C libraries come from Debian's -dev packages (libedit, ncurses, libbsd, libmd,
///   SQLite, zlib), listed again because a static link needs them after the objects using them.
///   `kamaki-cloud` stays dynamically linked: a long-running server gains nothing from it, and
///   its memory after listing 10,000 ports was 4 times larger when static.
let unexported: [String] = ["-Xlinker", "--no-export-dynamic"]
let staticExecutable: [String] =
    Context.environment["KAMAKI_STATIC_BUILD"] == "1"
    ? ["-static-executable", "-ledit", "-ltinfo", "-lbsd", "-lmd", "-lsqlite3", "-lz", "-lstdc++", "-lm"] : []
let fastStart: [LinkerSetting] = [.unsafeFlags(unexported + staticExecutable)]
let serverLink: [LinkerSetting] = [.unsafeFlags(unexported)]
/// `KAMAKI_BUILD_INFO=1` (set by `make release`, which first writes the commit into
/// Sources/KamakiCommands/Environment/BuildInfo+Commit.generated.swift): `kamaki -V` names the commit.
let buildInfo: [SwiftSetting] = Context.environment["KAMAKI_BUILD_INFO"] == "1" ? [.define("KAMAKI_BUILD_INFO")] : []
/// `KAMAKI_BENCHMARKS=1` (set by scripts/bench*.sh): the benchmark executables exist only then, so
/// `swift build` and `swift build --build-tests` (make build, make test) neither compile nor link them.
let benchmarks: [Target] =
    Context.environment["KAMAKI_BENCHMARKS"] == "1"
    ? [
        .executableTarget(name: "kamaki-shell-bench", dependencies: ["KamakiShell", "KamakiCommands"], swiftSettings: upcoming),
        .executableTarget(name: "kamaki-bench", dependencies: ["KamakiClient", "KamakiAPI", "LocalCloud"], swiftSettings: upcoming),
    ] : []

let package = Package(
    name: "kamaki",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kamaki", targets: ["kamaki"]),
        .executable(name: "kamaki-cloud", targets: ["kamaki-cloud"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.100.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.30.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        // RSA keys for `os-keypairs` (the local cloud only); the range swift-certificates (via async-http-client) takes.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"6.0.0"),
        // YAML output (`--output-format yaml`).
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        // The escape codes of colour (statuses in lists; off with NO_COLOR, --no-color, TERM=dumb or no terminal).
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    ],
    targets: [
        .target(
            name: "KamakiAPI", dependencies: [.product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: upcoming),
        .target(
            name: "KamakiClient",
            dependencies: [
                "KamakiAPI",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "KamakiCommands",
            dependencies: [
                "KamakiClient",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Rainbow", package: "Rainbow"),
            ],
            swiftSettings: upcoming + buildInfo
        ),
        // The command server and its client (Linux only): only the `kamaki` executable links it.
        .target(name: "KamakiCommandServer", dependencies: ["KamakiCommands", "KamakiClient"], swiftSettings: upcoming),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(
            name: "KamakiShell", dependencies: ["KamakiCommands", "KamakiClient", "KamakiAPI", "CEditLine"],
            swiftSettings: upcoming),
        .executableTarget(name: "kamaki-manual", dependencies: ["KamakiShell", "KamakiCommands"], swiftSettings: upcoming),
        .target(
            name: "LocalCloud",
            dependencies: [
                "KamakiAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        // The embedded local cloud as `kamaki` starts it (`EmbeddedCloudLauncher`): the executable's and the tests'.
        .target(name: "EmbeddedLocalCloud", dependencies: ["KamakiCommands", "LocalCloud"], swiftSettings: upcoming),
        .executableTarget(
            name: "kamaki", dependencies: ["KamakiShell", "KamakiCommandServer", "EmbeddedLocalCloud"], swiftSettings: upcoming,
            linkerSettings: fastStart),
        .executableTarget(
            name: "kamaki-cloud",
            dependencies: ["LocalCloud", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: upcoming, linkerSettings: serverLink
        ),
        // What the test targets share: the local cloud in-process and as a child process, temporary
        // directories, the built products, HTTP and client helpers, the fault server.
        .target(
            name: "KamakiTestSupport",
            dependencies: [
                "KamakiAPI", "KamakiClient", "LocalCloud",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/KamakiTestSupport",
            swiftSettings: upcoming
        ),
        .testTarget(name: "KamakiAPITests", dependencies: ["KamakiAPI"], swiftSettings: upcoming),
        .testTarget(
            name: "LocalCloudTests",
            dependencies: [
                "LocalCloud", "KamakiTestSupport", "KamakiAPI", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "KamakiClientTests",
            dependencies: ["KamakiClient", "KamakiTestSupport", "LocalCloud"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "KamakiCommandsTests",
            dependencies: [
                "KamakiCommands", "KamakiTestSupport", "EmbeddedLocalCloud", "LocalCloud", .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "KamakiCommandServerTests", dependencies: ["KamakiCommandServer", "KamakiCommands"], swiftSettings: upcoming),
        .testTarget(
            name: "KamakiShellTests", dependencies: ["KamakiShell", "KamakiCommands", "KamakiTestSupport"], swiftSettings: upcoming),
        // `make test` runs these two targets after the others, one suite at a time: EndToEndTests drive
        // the built executables and tmux with blocking waits; SerialTests load both cores (crash
        // recovery) or time their requests (transport and wait faults).
        .testTarget(
            name: "SerialTests",
            dependencies: [
                "KamakiTestSupport", "KamakiClient", "KamakiAPI", "LocalCloud",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "EndToEndTests", dependencies: ["KamakiTestSupport", "KamakiShell", "KamakiCommandServer", "LocalCloud"],
            swiftSettings: upcoming),
    ] + benchmarks
)
