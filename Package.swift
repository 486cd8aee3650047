// swift-tools-version: 6.1
import PackageDescription

// The core lives in libraries with no terminal I/O so that tests drive it directly;
// the `hotseat` executable only wires the terminal to the commands.
let package = Package(
    name: "Hotseat",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hotseat", targets: ["hotseat"]),
        .executable(name: "hotseat-bench", targets: ["HotseatBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // HMAC-SHA256 signatures for hiring-screen results: a vetted implementation
        // beats a hand-rolled one for something that must stand up to tampering.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(
            name: "HotseatCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            // The scorer uses its value types (evidence, contexts) per reply: let it inline their code.
            swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
        ),
        .target(
            name: "Rubric",
            dependencies: ["HotseatCore", .product(name: "Yams", package: "Yams")],
            // The scorer's hot loops are checked statically; the dynamic exclusivity checks on its
            // captured scratch arrays cost more than the matching itself in places (release only).
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .target(name: "Scenarios", dependencies: ["HotseatCore", .product(name: "Yams", package: "Yams")]),
        .target(name: "Drill", dependencies: ["HotseatCore", "Rubric", "Scenarios"]),
        .target(name: "Store", dependencies: ["HotseatCore", "Scenarios", "Drill", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Authoring", dependencies: ["HotseatCore", "Rubric", "Scenarios", "Drill", .product(name: "Yams", package: "Yams")]),
        .target(name: "Reports", dependencies: ["HotseatCore", "Drill", "Store"]),
        .target(name: "Screening", dependencies: [
            "HotseatCore", "Rubric", "Scenarios", "Drill", "Store",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(
            name: "hotseat",
            dependencies: [
                "CReadline", "HotseatCore", "Rubric", "Scenarios", "Drill", "Store", "Authoring", "Reports", "Screening",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "HotseatBench",
            dependencies: ["HotseatCore", "Rubric", "Scenarios"],
            path: "Benchmarks/HotseatBench"
        ),
        .testTarget(name: "HotseatCoreTests", dependencies: ["HotseatCore"]),
        .testTarget(name: "RubricTests", dependencies: ["Rubric", "HotseatCore", "Scenarios"]),
        .testTarget(name: "ScenariosTests", dependencies: ["Scenarios", "HotseatCore"]),
        .testTarget(name: "DrillTests", dependencies: ["Drill", "Rubric", "Scenarios", "HotseatCore"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Drill", "Scenarios", "HotseatCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "AuthoringTests", dependencies: ["Authoring", "Scenarios", "Rubric", "Drill", "HotseatCore"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Store", "Drill", "Scenarios", "HotseatCore"]),
        .testTarget(name: "ScreeningTests", dependencies: ["Screening", "Store", "Drill", "HotseatCore"]),
        // CLI tests seed stores with exact values (a 78.5 overall) that no scripted play reliably gives.
        .testTarget(name: "CLITests", dependencies: ["HotseatCore", "Store"]),
    ],
    swiftLanguageModes: [.v6]
)
