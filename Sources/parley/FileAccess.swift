#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files, directories and standard streams through the C library, so that the executable
/// needs no Foundation (loading it costs several milliseconds of every start).
enum FileAccess {
    /// What a path names.
    enum Kind: Equatable {
        case missing
        case directory
        case file(size: Int)
    }

    static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        if (status.st_mode & S_IFMT) == S_IFDIR { return .directory }
        return .file(size: Int(status.st_size))
    }

    /// Up to `limit` bytes of a file; nil when it cannot be opened or read.
    static func read(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return read(descriptor: descriptor, limit: limit)
    }

    /// Up to `limit` bytes from an open descriptor, until its end; nil on a read error.
    static func read(descriptor: Int32, limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    /// Writes all of `text` to a descriptor; false when the reader has gone (EPIPE) or it fails.
    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// Writes `contents` to a new file at `path` (replacing one that is there) through a
    /// temporary file renamed into place, so that a failure never leaves half a file.
    static func writeFile(_ path: String, contents: String) -> Bool {
        let temporary = path + ".part"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let written = write(contents, to: descriptor)
        let closed = close(descriptor) == 0
        guard written, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Paths of the article files (`.txt`, `.html`, `.htm`) under a directory, recursively,
    /// skipping hidden files and folders; in the order of `readdir`, to be sorted by the caller.
    static func articleFiles(in directory: String) -> [String] {
        var found: [String] = []
        var pending = [directory]
        while let folder = pending.popLast() {
            guard let stream = opendir(folder) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                // Linked folders are not followed (a link to a parent would never end); linked
                // files are read like any other. Only a link costs a second look.
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                let type = status.st_mode & S_IFMT
                if type == S_IFDIR {
                    pending.append(path)
                } else if isArticleName(name) {
                    if type != S_IFLNK {
                        found.append(path)
                    } else if case .file = kind(of: path) {
                        found.append(path)
                    }
                }
            }
        }
        return found
    }

    private static func isArticleName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".txt") || lower.hasSuffix(".html") || lower.hasSuffix(".htm")
    }
}

extension FileAccess {
    /// Makes a folder and its parents, as `mkdir -p` does (mode 0700: a library is private).
    static func makeFolders(_ path: String) {
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/" + component
            if kind(of: partial) == .missing { mkdir(partial, 0o700) }
        }
    }

    /// The absolute, resolved form of a path (links followed), or the path as given.
    static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }
}

extension FileAccess {
    /// Replaces a file's contents safely: written to a temporary file beside it, then renamed
    /// over it, so a crash leaves the old file or the new one, never half of one.
    static func writeFile(_ path: String, _ text: String) -> Bool {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let written = write(text, to: descriptor) && fsync(descriptor) == 0
        close(descriptor)
        guard written, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}

extension FileAccess {
    /// When a file was last modified, in seconds since 1970; nil when it cannot be looked at.
    static func modificationTime(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Int(status.st_mtim.tv_sec)
    }
}
