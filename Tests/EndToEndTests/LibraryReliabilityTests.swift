import ArticleModel
import Foundation
import Store
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Nothing lost, nothing damaged: real processes killed at random points, two processes on one
/// library, and a disk that fills up.
@Suite("Library reliability", .serialized, .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"))
struct LibraryReliabilityTests {
    static let binary = ParleyProcess.binary ?? ""

    /// Waits for a process, returning how it ended (128 + signal when killed).
    func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    @Test("kill -9 during parley add loses no committed article, and the library opens and completes afterwards")
    func killDuringAdd() throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let folder = try LibraryFixtures.folder(count: 400, in: temporary)
        // How long a whole add takes here, so that the kills land while it runs.
        let started = Date()
        #expect(try ParleyProcess.run(["add", "--library", temporary.appendingPathComponent("timing.sqlite").path, folder.path]).status == 0)
        let duration = Date().timeIntervalSince(started)
        // Seeded, so that a failure can be replayed: kill points from 5% to 95% of the way.
        var random = SplitMix(seed: 2026)
        var killedMidway = 0
        for round in 0..<5 {
            let library = temporary.appendingPathComponent("lib-\(round).sqlite").path
            let pid = try Spawn.start([Self.binary, "add", "--library", library, folder.path])
            let deadline = Date().addingTimeInterval(duration * Double(5 + random.below(91)) / 100)
            var committed = 0
            // A second process reads while the first writes: what it sees committed must survive.
            while Date() < deadline {
                if let count = try? LibraryFixtures.count(library) { committed = max(committed, count) }
                Thread.sleep(forTimeInterval: 0.02)
            }
            if let count = try? LibraryFixtures.count(library) { committed = max(committed, count) }
            kill(pid, SIGKILL)
            let status = wait(pid)
            let after = (try? LibraryFixtures.count(library)) ?? 0
            #expect(after >= committed, "round \(round): \(committed) articles were committed before the kill, \(after) after")
            if FileManager.default.fileExists(atPath: library) {
                #expect(try LibraryFixtures.integrity(library) == "ok, search index ok", "round \(round)")
                let finish = try ParleyProcess.run(["add", "--library", library, folder.path])
                #expect(finish.status == 0, "round \(round): \(finish.stderr)")
                #expect(try LibraryFixtures.count(library) == 400, "round \(round)")
            }
            if status == 128 + SIGKILL, after > 0, after < 400 { killedMidway += 1 }
        }
        #expect(try ParleyProcess.run(["search", "--library", temporary.appendingPathComponent("lib-0.sqlite").path, "Poland", "levy"]).status == 0)
        #expect(killedMidway >= 2, "the kills did not land while articles were being added")
    }

    @Test("Two processes on one library: one adds while the other reads, searches and marks")
    func twoProcesses() throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let folder = try LibraryFixtures.folder(count: 400, in: temporary)
        let library = temporary.appendingPathComponent("lib.sqlite").path
        let first = try ParleyProcess.run(["add", "--library", library, folder.path + "/one"])
        #expect(first.status == 0)
        // This process marks articles read and unread, as the reader does, while another adds.
        let reader = try LibraryStore(path: library, modelVersion: ModelVersion.bundled)
        let marked = try #require(try reader.articles().first?.id)
        let adder = try Spawn.start([Self.binary, "add", "--library", library, folder.path + "/two"])
        var searches = 0
        var marks = 0
        var failures: [String] = []
        var finished = false
        var status: Int32 = 0
        while !finished {
            let search = try ParleyProcess.run(["search", "--library", library, "--format", "json", "levy"])
            if search.status != 0 || !search.stderr.isEmpty { failures.append("search \(search.status): \(search.stderr)") }
            searches += 1
            do {
                try reader.setRead(marked, marks % 2 == 0)
                marks += 1
            } catch {
                failures.append("mark: \(error)")
            }
            var raw: Int32 = 0
            let done = waitpid(adder, &raw, WNOHANG)
            if done == adder {
                finished = true
                status = (raw >> 8) & 0xFF
            }
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(status == 0)
        #expect(searches >= 2)
        #expect(try LibraryFixtures.count(library) == 400)
        #expect(try reader.articles().first { $0.id == marked }?.isRead == (marks % 2 == 1))
    }

    @Test("A full disk: the add fails in one line, what was committed stays, and the library opens and takes more once there is room",
          .enabled(if: Spawn.canMountTmpfs, "cannot mount a small tmpfs in a user namespace here (unshare -rm)"))
    func diskFull() throws {
        let temporary = try ParleyProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let small = try LibraryFixtures.folder(count: 4, in: temporary.appendingPathComponent("small"))
        let big = try LibraryFixtures.folder(count: 400, in: temporary.appendingPathComponent("big"))
        let disk = temporary.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let library = disk.path + "/lib.sqlite"
        let parley = Self.binary
        // In a mount namespace of its own: an 8 MB disk, filled but for 150 KB after the first add.
        let script = """
            mount -t tmpfs -o size=8m none '\(disk.path)' || exit 99
            '\(parley)' add --library '\(library)' '\(small.path)' 2>&1; echo "first=$?"
            free=$(df -k --output=avail '\(disk.path)' | tail -1); dd if=/dev/zero of='\(disk.path)/filler' bs=1k count=$((free - 150)) 2>/dev/null
            '\(parley)' add --library '\(library)' '\(big.path)' 2>&1; echo "second=$?"
            '\(parley)' --library '\(library)' | wc -l | sed 's/^/listed=/'; echo "third=$?"
            rm '\(disk.path)/filler'
            '\(parley)' add --library '\(library)' '\(big.path)' 2>&1; echo "fourth=$?"
            '\(parley)' --library '\(library)' | wc -l | sed 's/^/listed=/'
            """
        let run = try Spawn.run(["unshare", "-rm", "sh", "-c", script])
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("first=0"), "\(run.output)")
        #expect(lines.contains("second=1"), "\(run.output)")
        #expect(lines.contains { $0 == "parley: \(library): the disk is full: nothing of this change was saved and the library is as it was; free some space and try again" },
                "\(run.output)")
        // What the failing add had committed before the disk filled is there, and only that.
        let before = lines.first { $0.hasPrefix("parley: added ") && $0.hasSuffix("before this error:") }
        let committed = before.flatMap { Int($0.dropFirst("parley: added ".count).prefix { $0.isNumber }) } ?? 0
        let listed = lines.filter { $0.hasPrefix("listed=") }
        #expect(listed.first == "listed=\(4 + committed)", "\(run.output)")
        #expect(lines.contains("third=0"))
        #expect(lines.contains("fourth=0"), "\(run.output)")
        #expect(listed.last == "listed=404", "\(run.output)")
    }
}

extension Spawn {
    /// Whether this machine lets an unprivileged process mount a tmpfs in its own namespace.
    static let canMountTmpfs: Bool = {
        guard let result = try? run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k none /tmp && echo mounted"]) else { return false }
        return result.output.contains("mounted")
    }()
}
