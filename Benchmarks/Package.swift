// swift-tools-version:6.1
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, so the root package's identity is the checkout's folder
/// name (`main` here, something else in another clone).
let rootPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent
    .lowercased()

/// The engine benchmark lives in its own package so building and testing the product never compiles it
/// or its benchmark-only dependencies (GraphQLSwift for side-by-side numbers, an allocation counter).
let package = Package(
    name: "TutorGraphBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/GraphQLSwift/GraphQL.git", exact: "4.3.0"),
        .package(url: "https://github.com/ordo-one/malloc-interposer.git", exact: "1.6.1"),
        // GraphQLSwift's field maps are `OrderedDictionary`s.
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
    ],
    targets: [
        .executableTarget(
            name: "engine-bench",
            dependencies: [
                .product(name: "GraphQLEngine", package: rootPackage),
                .product(name: "GraphQL", package: "GraphQL"),
                .product(name: "MallocInterposerSwift", package: "malloc-interposer"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: [
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("MemberImportVisibility"),
            ]
        )
    ]
)
