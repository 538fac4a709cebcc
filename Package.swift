// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "textmend",
    products: [
        .library(name: "TextMend", targets: ["TextMend"]),
        .executable(name: "textmend", targets: ["textmend"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // A tiny C shim over the system ICU (libicu-dev). Its public header exposes only
        // tm_* functions and opaque handles: Foundation on Linux bundles its own ICU module,
        // so system ICU headers must never reach Swift.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // The binary tables of Scripts/build-tables.py (the lexicon, the word contexts), which
        // tables.S embeds and textmend reads in place; their licence notices beside them.
        .target(
            name: "TextMendTables",
            exclude: ["lexicon.bin", "context.bin", "lexicon-NOTICE.md", "context-NOTICE.md"],
            cSettings: [.headerSearchPath(".")]
        ),
        .target(
            name: "TextMend",
            dependencies: ["CICU", "TextMendTables"],
            resources: [
                .embedInCode("Resources/boilerplate-patterns.txt"),
                .embedInCode("Resources/scraped-titles.txt"),
                .embedInCode("Resources/function-words.txt"),
                .embedInCode("Resources/noise-words.txt"),
                .embedInCode("Resources/document-verdicts.txt"),
                .embedInCode("Resources/html-entities.txt"),
                .embedInCode("Resources/html-elements.txt"),
                .embedInCode("Resources/traditional-conversion-errors.txt"),
                .embedInCode("Resources/han-frequency.txt"),
                .embedInCode("Resources/stripped-frames.txt"),
                .embedInCode("Resources/strip-profiles.txt"),
            ]
        ),
        .executableTarget(
            name: "textmend",
            dependencies: ["TextMend", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Speed and memory benchmark (Scripts/benchmark.sh); not part of the product.
        .executableTarget(name: "textmend-bench", dependencies: ["TextMend", "CICU"]),
        .testTarget(name: "TextMendTests", dependencies: ["TextMend"], exclude: ["Expected"]),
        // Runs the built `textmend` binary (and tests the batch layer it rests on).
        .testTarget(name: "TextMendCLITests", dependencies: ["TextMend", "textmend"]),
    ]
)
