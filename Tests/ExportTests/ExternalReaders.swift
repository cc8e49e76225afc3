import Foundation
import Testing

/// The programs that read exports back: python3 with networkx and python-igraph, and Graphviz's
/// dot. Tests that need them skip with a message when they are absent, except under CI
/// (`CI=true`), where `.ci/run` installs them and their absence is a failure.
enum ExternalReaders {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Readers")
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    static func program(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let python = program("python3")
    static let dot = program("dot")

    /// python3 can import networkx and igraph.
    static let hasGraphPackages: Bool = {
        guard let python, let result = try? run(python, ["-c", "import networkx, igraph"]) else { return false }
        return result.status == 0
    }()

    static var graphPackagesOrCI: Bool { hasGraphPackages || isCI }
    static var pythonOrCI: Bool { python != nil || isCI }
    static var dotOrCI: Bool { dot != nil || isCI }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ program: String, _ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { try input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs one of the Python readers on `contents` written to a temporary file, and returns
    /// the JSON object it prints.
    static func read(_ script: String, contents: String, suffix: String, arguments: [String] = []) throws -> [String: Any] {
        let python = try #require(python, "python3 is needed to read exports back")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parley-export-\(UUID().uuidString).\(suffix)")
        try Data(contents.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try run(python, [folder.appendingPathComponent(script).path, file.path] + arguments)
        try #require(result.status == 0, "\(script) failed: \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }
}
