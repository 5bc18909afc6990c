// swift-tools-version: 6.0
// Kiln: a compiler backend that turns typed IR (LLVM IR text) into machine code without LLVM.
// One module per stage; see Sources/KilnDriver/Pipeline.swift for the pipeline in order.
import PackageDescription

// Release settings. `-disable-concrete-type-metadata-mangled-name-accessors`: code asks for generic
// metadata (e.g. the storage class of `[TypeID]`) through direct accessor calls rather than by
// demangling a type name at first use; that demangling was ~7% of compiling a small file.
let fast: [SwiftSetting] = [
  .unsafeFlags(["-enforce-exclusivity=unchecked", "-cross-module-optimization", "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

let package = Package(
  name: "Kiln",
  products: [
    .executable(name: "kiln", targets: ["kiln"]),
    // The library a Swift frontend links to build IR in memory and run the same pipeline.
    .library(name: "Kiln", targets: ["KilnDriver", "KilnIR", "KilnSSA", "KilnIRParser", "KilnSupport", "KilnSSAInterp"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .target(name: "KilnSupport", swiftSettings: fast),
    .target(name: "KilnIR", dependencies: ["KilnSupport"], swiftSettings: fast),
    .target(name: "KilnIRParser", dependencies: ["KilnSupport", "KilnIR"], swiftSettings: fast),
    .target(name: "KilnSSA", dependencies: ["KilnSupport", "KilnIR"], swiftSettings: fast),
    .target(name: "KilnMachineCode", swiftSettings: fast),
    .target(name: "KilnRegAlloc", swiftSettings: fast),
    .target(name: "KilnX86_64", dependencies: ["KilnMachineCode", "KilnRegAlloc", "KilnSSA", "KilnSupport"], swiftSettings: fast),
    .target(name: "CLibElf", path: "Sources/CLibElf", linkerSettings: [.linkedLibrary("elf")]),
    .target(name: "KilnObjectELF", dependencies: ["KilnMachineCode", "KilnSupport", "CLibElf"], swiftSettings: fast),
    .target(name: "KilnDriver", dependencies: ["KilnSupport", "KilnIR", "KilnIRParser", "KilnSSA", "KilnX86_64", "KilnObjectELF"], swiftSettings: fast),
    .target(name: "KilnSSAInterp", dependencies: ["KilnSSA", "KilnSupport"], swiftSettings: fast),
    .executableTarget(
      name: "kiln",
      dependencies: ["KilnDriver", "KilnSSAInterp", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      swiftSettings: fast),
    .executableTarget(name: "kiln-build-example", dependencies: ["KilnDriver", "KilnIR"], path: "Examples/BuildInSwift"),
    .testTarget(name: "KilnIRParserTests", dependencies: ["KilnIRParser", "KilnIR", "KilnSupport"], resources: [.copy("Inputs")]),
    .testTarget(name: "KilnIRTests", dependencies: ["KilnIR", "KilnIRParser", "KilnSupport"]),
    .testTarget(name: "KilnSSATests", dependencies: ["KilnSSA", "KilnIRParser", "KilnIR", "KilnSupport"]),
    .testTarget(name: "KilnMachineCodeTests", dependencies: ["KilnMachineCode", "KilnX86_64", "KilnObjectELF"]),
    .testTarget(name: "KilnRegAllocTests", dependencies: ["KilnRegAlloc"]),
    .testTarget(name: "KilnX86BackendTests", dependencies: ["KilnX86_64", "KilnSSA", "KilnIRParser", "KilnIR", "KilnObjectELF", "KilnSupport"]),
    .testTarget(name: "KilnDriverTests", dependencies: ["KilnDriver", "KilnSSA", "KilnSupport", "kiln"]),
    .testTarget(name: "KilnSSAInterpTests", dependencies: ["KilnSSAInterp", "KilnSSA", "KilnIRParser", "KilnIR", "KilnSupport"]),
  ]
)
