// swift-tools-version: 6.0
// libFuzzer targets for Kiln, kept in their own package so the main build never needs
// -sanitize=fuzzer. Build and run with fuzz/run.sh.
import PackageDescription

let package = Package(
  name: "KilnFuzz",
  dependencies: [.package(name: "Kiln", path: "..")],
  targets: [
    .executableTarget(
      name: "FuzzPipeline",
      dependencies: [.product(name: "Kiln", package: "Kiln")],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
  ]
)
