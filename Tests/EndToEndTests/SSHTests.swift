import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway sshd on 127.0.0.1: its own host key, user key and config in a temporary folder.
final class LocalSSHServer {
    let folder: URL
    let port: Int
    private(set) var pid: pid_t = 0

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd") && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen") && getuid() == 0
    }

    init() throws {
        folder = try ParleyProcess.temporaryDirectory()
        port = try LocalSSHServer.freePort()
        for key in ["host_key", "user_key"] {
            let result = try Spawn.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", folder.appendingPathComponent(key).path])
            guard result.status == 0 else { throw Spawn.Failure(description: "ssh-keygen failed") }
        }
        try FileManager.default.copyItem(at: folder.appendingPathComponent("user_key.pub"), to: folder.appendingPathComponent("authorized_keys"))
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder.path)/host_key
            PidFile \(folder.path)/sshd.pid
            AuthorizedKeysFile \(folder.path)/authorized_keys
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            PermitRootLogin yes
            """
        try Data(config.utf8).write(to: folder.appendingPathComponent("sshd_config"))
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        // -D keeps sshd in the foreground, so that its pid is the one spawned here.
        pid = try Spawn.start(["/usr/sbin/sshd", "-D", "-f", folder.appendingPathComponent("sshd_config").path, "-E", folder.appendingPathComponent("sshd.log").path])
        // Ready when it says so in its log (probing the port would count as a failed client).
        let log = folder.appendingPathComponent("sshd.log").path
        for _ in 0..<100 {
            if let text = try? String(contentsOfFile: log, encoding: .utf8), text.contains("Server listening") { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    deinit {
        if pid > 0 {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The ssh command line that runs `remote` on this server with a terminal.
    func sshCommand(_ remote: String) -> String {
        "ssh -tt -i '\(folder.path)/user_key' -p \(port) -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR root@127.0.0.1 \"\(remote)\""
    }

    static func freePort() throws -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) == 0 && getsockname(socketFD, $0, &length) == 0 }
        }
        guard bound else { throw Spawn.Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

@Suite("parley over a real SSH connection", .serialized,
       .enabled(if: LocalSSHServer.isAvailable, "needs openssh-server and openssh-client, run as root (CI installs them)"),
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
       .enabled(if: ParleyProcess.binary != nil, "the parley binary is not built"),
       .enabled(if: ParleyProcess.hasReference, "needs ../shared/seed (absent in a user's clone)"))
struct SSHTests {
    /// A copy of the reference article with a unique name, to find this run's parley processes.
    func markedArticle(in server: LocalSSHServer) throws -> String {
        let path = server.folder.appendingPathComponent("article-\(UUID().uuidString).txt").path
        try FileManager.default.copyItem(atPath: ParleyProcess.referencePath, toPath: path)
        return path
    }

    /// Parley processes whose command line names `marker`, zombies excepted.
    static func processes(named marker: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { pid in
            guard let command = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8), command.contains(marker), command.contains("parley") else { return false }
            return TmuxTests.isRunning(pid)
        }
    }

    @Test func readQuitAndDropTheConnection() throws {
        let server = try LocalSSHServer()
        let binary = try #require(ParleyProcess.binary)
        let article = try markedArticle(in: server)
        let remote = "LANG=C.UTF-8 '\(binary)' '\(article)'"

        // A normal session: panes, a jump, quit, and the terminal is back.
        let session = TmuxSession()
        try session.start(server.sshCommand(remote) + "; echo SSH-EXIT=$?; sleep 60", width: 100, height: 30)
        var screen = try session.wait(for: "Stances", seconds: 60)
        #expect(screen.contains(" Actors 14"))
        #expect(screen.contains(" Stances 4 actors x 4 issues"))
        try session.send("]")
        screen = try session.wait(for: "Russia: mention 1 of 11")
        #expect(screen.contains("Russia: mention 1 of 11"))
        try session.send("q")
        screen = try session.wait(for: "SSH-EXIT=0")
        #expect(screen.contains("SSH-EXIT=0"))
        #expect(!screen.contains("Stances"))

        // A dropped connection: the remote parley gets SIGHUP and goes away.
        let dropped = TmuxSession()
        try dropped.start(server.sshCommand(remote) + "; sleep 60", width: 100, height: 30)
        try dropped.wait(for: "Stances", seconds: 60)
        #expect(!Self.processes(named: (article as NSString).lastPathComponent).isEmpty)
        _ = try Spawn.run(["pkill", "-KILL", "-f", "ssh -tt -i '\(server.folder.path)"])
        var gone = false
        for _ in 0..<100 {
            if Self.processes(named: (article as NSString).lastPathComponent).isEmpty { gone = true; break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(gone, "parley still running after the SSH connection dropped")
    }
}
