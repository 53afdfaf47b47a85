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
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // The model and the analysis pipeline: pure, no terminal, no I/O beyond a given file.
        .target(name: "StatementKit"),
        .executableTarget(
            name: "communique",
            dependencies: [
                "StatementKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "StatementKitTests",
            dependencies: [
                "StatementKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        // Drives the built binary: exit codes, stderr lines, JSON shape.
        .testTarget(
            name: "CommuniqueCLITests",
            dependencies: ["communique"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
