// swift-tools-version:6.0
// shuzhi has no package dependencies by design: users run one binary on
// offline office PCs. Foundation (and Glibc) only.
import PackageDescription

let package = Package(
    name: "shuzhi",
    products: [
        .library(name: "ShuzhiKit", targets: ["ShuzhiKit"]),
        .executable(name: "shuzhi", targets: ["shuzhi"]),
    ],
    targets: [
        .target(name: "ShuzhiKit"),
        .executableTarget(name: "shuzhi", dependencies: ["ShuzhiKit"]),
        .executableTarget(
            name: "shuzhi-bench",
            dependencies: ["ShuzhiKit"],
            path: "Benchmarks/shuzhi-bench"
        ),
        .testTarget(name: "ShuzhiKitTests", dependencies: ["ShuzhiKit"]),
        .testTarget(name: "shuzhiTests", dependencies: ["shuzhi", "ShuzhiKit"]),
    ]
)
