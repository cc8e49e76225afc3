#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Graphviz's `dot`, when it is installed: draws a DOT file as SVG.
enum Graphviz {
    /// The SVG Graphviz draws for `dot`, or nil when `dot` is not on the PATH or fails.
    static func render(_ dot: String) -> String? {
        guard let program = findProgram("dot") else { return nil }
        var template = Array("/tmp/parley-export-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        let input = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(input) }
        let written = FileAccess.write(dot, to: descriptor)
        close(descriptor)
        guard written else { return nil }
        return run(program, ["dot", "-Tsvg", input])
    }

    /// The first executable `name` on the PATH.
    static func findProgram(_ name: String) -> String? {
        let path = Environment.value("PATH") ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0, case .file = FileAccess.kind(of: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program with standard output read back and standard error discarded; nil unless it exits 0.
    private static func run(_ program: String, _ arguments: [String]) -> String? {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child = pid_t()
        let started = posix_spawn(&child, program, &actions, nil, &argv, environ)
        close(pipeEnds[1])
        guard started == 0 else {
            close(pipeEnds[0])
            return nil
        }
        let output = FileAccess.read(descriptor: pipeEnds[0], limit: 256 << 20)
        close(pipeEnds[0])
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        guard let output, status == 0 else { return nil }
        return String(decoding: output, as: UTF8.self)
    }
}
