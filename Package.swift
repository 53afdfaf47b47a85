// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Communique",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "StatementKit", targets: ["StatementKit"]),
        .executable(name: "communique", targets: ["communique"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7"),
    ],
    targets: [
        // The model and the analysis pipeline: pure, no terminal, no I/O beyond a given file.
        .target(name: "StatementKit"),
        // Statements as they are published: HTML pages (libxml2's parser, the main content found
        // by scoring blocks) and Markdown (cmark) turned into plain text with their metadata.
        .target(name: "StatementInput", dependencies: ["CLibXML2", "CMark"]),
        // Module maps and shims for libxml2 and cmark; no logic.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CMark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // The SQLite file: annotations, documents and reading sessions, with migrations.
        .target(
            name: "AnnotationStore",
            dependencies: [
                "StatementKit",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The reader as data: state, actions, key map, layout, themes and the screen as a grid.
        // No curses, no clock, no files: every picture and binding is testable as text.
        .target(
            name: "ReaderUI",
            dependencies: [
                "StatementKit",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Module map and shim for libncursesw; no logic.
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        // Module map for glibc's allocator controls (see communique's MemoryTuning); no logic.
        .systemLibrary(name: "CMalloc"),
        // The only user of curses: the tty, input as events, a grid drawn, the terminal restored.
        .target(name: "CursesTerminal", dependencies: ["CNCursesW", "ReaderUI"]),
        .executableTarget(
            name: "communique",
            dependencies: [
                "StatementKit", "StatementInput", "AnnotationStore", "ReaderUI", "CursesTerminal", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Trains the part-of-speech tagger on ../shared/treebanks and writes its weights.
        .executableTarget(
            name: "communique-train-tagger",
            dependencies: ["StatementKit"],
            path: "Sources/TrainTagger"
        ),
        // Figures for the speed targets: analysis per stage, reader frames, memory.
        .executableTarget(
            name: "communique-bench",
            dependencies: ["StatementKit", "StatementInput", "ReaderUI"],
            path: "Benchmarks/CommuniqueBench"
        ),
        .testTarget(
            name: "StatementKitTests",
            dependencies: [
                "StatementKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        // The project's own pages and hostile HTML, with the text each must give.
        .testTarget(
            name: "StatementInputTests",
            dependencies: ["StatementInput", "StatementKit"],
            exclude: ["Pages"]
        ),
        .testTarget(
            name: "AnnotationStoreTests",
            dependencies: ["AnnotationStore", "StatementKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "ReaderUITests",
            dependencies: [
                "ReaderUI", "StatementKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        // Drives the built binary: exit codes, stderr lines, JSON shape, and the reader under tmux.
        .testTarget(
            name: "CommuniqueCLITests",
            dependencies: ["communique", "ReaderUI"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
