// swift-tools-version:6.1
import PackageDescription

/// Upcoming language features the models we imitate (Hummingbird, PostgresNIO) enable.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "TutorGraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tutorgraph", targets: ["tutorgraph"]),
        .library(name: "GraphQLEngine", targets: ["GraphQLEngine"]),
        .library(name: "TutorServer", targets: ["TutorServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // Tests only: the HTTP race tests' client (already in the graph through HummingbirdTesting).
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.30.0"),
    ],
    targets: [
        // The hand-written GraphQL implementation: knows nothing of tutors.
        .target(name: "GraphQLEngine", swiftSettings: swiftSettings),
        // Pure domain rules: state machine, policies, money.
        .target(name: "TutorDomain", swiftSettings: swiftSettings),
        // PostgreSQL access: migrations, repositories, transactions, embedded cluster.
        .target(
            name: "TutorStore",
            dependencies: [
                "TutorDomain",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [],
            swiftSettings: swiftSettings
        ),
        // Binds schema.graphql to resolvers; per-request context; authorization.
        .target(
            name: "TutorAPI",
            dependencies: [
                "GraphQLEngine", "TutorDomain", "TutorStore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The Hummingbird application: HTTP routes, config, logging, jobs.
        .target(
            name: "TutorServer",
            dependencies: [
                "TutorAPI", "TutorStore", "GraphQLEngine",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The command line: serve, dev, migrate, seed.
        .executableTarget(
            name: "tutorgraph",
            dependencies: [
                "TutorServer", "TutorStore", "TutorAPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // Shared test helpers: the throwaway PostgreSQL cluster started once per test run.
        .target(
            name: "TutorTestSupport",
            dependencies: [
                "TutorStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TutorTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "GraphQLEngineTests", dependencies: ["GraphQLEngine"], swiftSettings: swiftSettings),
        .testTarget(name: "TutorDomainTests", dependencies: ["TutorDomain"], swiftSettings: swiftSettings),
        .testTarget(
            name: "TutorStoreTests",
            dependencies: [
                "TutorStore", "TutorTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TutorAPITests",
            dependencies: [
                "TutorAPI", "TutorTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TutorServerTests",
            dependencies: [
                "GraphQLEngine", "TutorAPI", "TutorDomain", "TutorServer", "TutorStore", "TutorTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "tutorgraphTests", dependencies: ["tutorgraph"], swiftSettings: swiftSettings),
    ]
)
