import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `parley` on a pseudo-terminal of a given size and records every byte it writes,
/// so tests can audit the exact stream a terminal would receive.
final class PseudoTerminal {
    let pid: pid_t
    private let master: Int32
    private(set) var output: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(arguments: [String], environment: [String: String], width: Int, height: Int) throws {
        // The master is opened close-on-exec, and the slave only by the child, by the number the
        // kernel gives: tests run in parallel threads, and openpty + fcntl left a moment in which
        // another test's child could inherit this terminal, while ttyname's shared buffer could
        // hand this child another test's terminal (it then drew there) or a half-written name.
        let masterFD = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard masterFD >= 0 else { throw Failure(description: "cannot open /dev/ptmx: \(errno)") }
        // Linux's TIOCSPTLCK and TIOCGPTN (function-like macros, which Swift does not import).
        let unlockRequest: UInt = 0x4004_5431, numberRequest: UInt = 0x8004_5430
        var unlock: Int32 = 0, number: UInt32 = 0
        guard ioctl(masterFD, unlockRequest, &unlock) == 0, ioctl(masterFD, numberRequest, &number) == 0 else {
            close(masterFD)
            throw Failure(description: "cannot set up the pseudo-terminal: \(errno)")
        }
        master = masterFD
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(masterFD, UInt(TIOCSWINSZ), &size)

        // A new session, so that opening the pty makes it the controlling terminal.
        let spawnSetSID: Int16 = 0x80  // glibc's POSIX_SPAWN_SETSID, not exported to Swift
        var attributes = Spawn.cleanSignalAttributes(extraFlags: spawnSetSID)
        defer { posix_spawnattr_destroy(&attributes) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, masterFD)

        let program = try ParleyProcess.binary ?? { throw Failure(description: "parley binary not built") }()
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, program, &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure(description: "posix_spawn failed: \(result)") }
        pid = child
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, WNOHANG)
        close(master)
    }

    /// Reads whatever arrives until the output has been quiet for `quiet` seconds (or `limit` passed).
    func drain(quiet: Double = 0.3, limit: Double = 10) {
        let deadline = Date().addingTimeInterval(limit)
        var lastByte = Date()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 50)
            if ready > 0 {
                let count = read(master, &buffer, buffer.count)
                if count > 0 {
                    output += buffer[0..<count]
                    lastByte = Date()
                    continue
                }
                if count <= 0 { break }  // the child closed the terminal
            }
            if Date().timeIntervalSince(lastByte) >= quiet { break }
        }
    }

    /// Waits until the output contains `text`, reading as it goes.
    @discardableResult
    func wait(for text: String, limit: Double = 40) -> Bool {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            drain(quiet: 0.05, limit: 0.2)
            if String(decoding: output, as: UTF8.self).contains(text) { return true }
        }
        return false
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    func resize(width: Int, height: Int) {
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Waits for the child to exit and returns its status (128 + signal when killed).
    func exitStatus(limit: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            drain(quiet: 0.05, limit: 0.1)
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            }
        }
        return nil
    }
}

/// Checks a terminal output stream for control sequences Parley does not write itself.
enum TerminalStreamAudit {
    /// Problems found: any OSC, DCS, APC, PM or SOS sequence, any raw C1 control, any bidi
    /// override, and any escape sequence that is not one curses uses to draw.
    static func problems(in bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                guard index + 1 < bytes.count else { problems.append("dangling ESC at end"); break }
                let next = bytes[index + 1]
                switch next {
                case UInt8(ascii: "["):
                    // CSI: parameters and intermediates, then one final byte.
                    var end = index + 2
                    while end < bytes.count, (0x20...0x3F).contains(bytes[end]) { end += 1 }
                    guard end < bytes.count, (0x40...0x7E).contains(bytes[end]) else {
                        problems.append("unterminated CSI at \(index)")
                        index = end
                        continue
                    }
                    index = end + 1
                    continue
                case UInt8(ascii: "("), UInt8(ascii: ")"):
                    index += 3  // character set designation: ESC ( B
                    continue
                case UInt8(ascii: "7"), UInt8(ascii: "8"), UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "M"), UInt8(ascii: "D"), UInt8(ascii: "E"):
                    index += 2
                    continue
                default:
                    problems.append("ESC \(String(UnicodeScalar(next))) at \(index)")
                    index += 2
                    continue
                }
            }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                problems.append("C1 control U+00\(String(bytes[index + 1], radix: 16, uppercase: true)) at \(index)")
            }
            if byte == 0xE2, index + 2 < bytes.count, (bytes[index + 1] == 0x80 && (0xAA...0xAE).contains(bytes[index + 2])) || (bytes[index + 1] == 0x81 && (0xA6...0xA9).contains(bytes[index + 2])) {
                problems.append("bidi control at \(index)")
            }
            if byte == 0x07 || byte == 0x9B || byte == 0x9D { problems.append("control byte \(byte) at \(index)") }
            index += 1
        }
        return problems
    }
}
