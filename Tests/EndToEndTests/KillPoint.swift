import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Where a `kill -9` test stops a process that writes a library: round 0 a few milliseconds
/// after it starts (while the library is being made), the others once a random share of its
/// articles is committed and a random few milliseconds more, so that the kills land in the
/// middle of the run however fast or busy the machine is.
enum KillPoint {
    /// Kills `pid` at the round's point, or lets it finish if it finishes first; returns the
    /// most articles another process saw committed before the kill, and how the process ended
    /// (128 + the signal when killed).
    static func kill(_ pid: pid_t, library: String, round: Int, total: Int, random: inout SplitMix) -> (committed: Int, status: Int32) {
        let threshold = round == 0 ? 0 : 1 + random.below(total * 3 / 4)
        let extra = Double(random.below(round == 0 ? 30 : 100)) / 1_000
        let started = Date()
        var reached: Date?
        var committed = 0
        while Date().timeIntervalSince(started) < 300 {
            if let count = try? LibraryFixtures.count(library) { committed = max(committed, count) }
            if reached == nil, committed >= threshold { reached = Date() }
            if let reached, Date().timeIntervalSince(reached) >= extra { break }
            var raw: Int32 = 0
            if waitpid(pid, &raw, WNOHANG) == pid { return (committed, ended(raw)) }
            usleep(5_000)
        }
        if let count = try? LibraryFixtures.count(library) { committed = max(committed, count) }
        Glibc.kill(pid, SIGKILL)
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        return (committed, ended(raw))
    }

    /// The exit status, or 128 + the signal that ended the process.
    static func ended(_ raw: Int32) -> Int32 {
        (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
    }
}
