#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps each URL's validators and last body in its own file under a cache folder
/// (`$XDG_CACHE_HOME/parley/http`, by default `~/.cache/parley/http`), named by a hash of
/// the URL. Files are written to a temporary name and renamed into place, so a reader never
/// sees half a file; a file that is unreadable, truncated or for another URL is ignored.
public struct FileValidatorStore: ValidatorStore {
    /// The folder holding the files; created on the first save.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The standard location from `XDG_CACHE_HOME` (when set to an absolute path) or `HOME`;
    /// nil when neither is usable.
    public static func standard(environment: [String: String]) -> FileValidatorStore? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return FileValidatorStore(directory: cache + "/parley/http")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return FileValidatorStore(directory: home + "/.cache/parley/http")
        }
        return nil
    }

    /// The file that holds `url`'s response.
    public func path(for url: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bits
        for byte in url.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return directory + "/" + String(repeating: "0", count: 16 - hex.count) + hex + ".response"
    }

    public func load(url: String) -> StoredResponse? {
        guard let bytes = PosixFile.read(path(for: url), limit: StoredResponseFormat.largestFile) else { return nil }
        guard let response = StoredResponseFormat.decode(bytes), response.url == url else { return nil }
        return response
    }

    public func save(_ response: StoredResponse) {
        guard let bytes = StoredResponseFormat.encode(response) else { return }
        guard PosixFile.makeDirectories(directory) else { return }
        _ = PosixFile.replace(path(for: response.url), with: bytes)
    }

    public func remove(url: String) {
        unlink(path(for: url))
    }
}

/// The file layout: a versioned header of `name: value` lines, then the body's length and the
/// body itself.
enum StoredResponseFormat {
    static let magic = "parley-http-response 1"
    /// Bodies are capped at a few MB when fetched; anything much larger is not ours.
    static let largestFile = 64 << 20

    static func encode(_ response: StoredResponse) -> [UInt8]? {
        var header = magic + "\n"
        let fields: [(String, String?)] = [
            ("url", response.url), ("final-url", response.finalURL), ("content-type", response.contentType),
            ("charset", response.charset), ("etag", response.validators.entityTag),
            ("last-modified", response.validators.lastModified),
        ]
        for case let (name, value?) in fields {
            // Header values never hold line breaks; refuse rather than write a file we cannot read.
            guard !value.contains(where: { $0 == "\n" || $0 == "\r" }) else { return nil }
            header += "\(name): \(value)\n"
        }
        header += "body: \(response.body.count)\n"
        return Array(header.utf8) + response.body
    }

    static func decode(_ bytes: [UInt8]) -> StoredResponse? {
        var fields: [String: String] = [:]
        var start = 0
        var lineNumber = 0
        while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            guard let line = String(validating: bytes[start..<end], as: UTF8.self) else { return nil }
            start = end + 1
            lineNumber += 1
            if lineNumber == 1 {
                guard line == magic else { return nil }
                continue
            }
            guard let colon = line.firstRange(of: ": ") else { return nil }
            let name = String(line[..<colon.lowerBound])
            let value = String(line[colon.upperBound...])
            if name == "body" {
                guard let count = Int(value), count == bytes.count - start, let url = fields["url"], let finalURL = fields["final-url"] else {
                    return nil
                }
                return StoredResponse(
                    url: url, finalURL: finalURL, contentType: fields["content-type"], charset: fields["charset"],
                    validators: Validators(entityTag: fields["etag"], lastModified: fields["last-modified"]),
                    body: Array(bytes[start...])
                )
            }
            fields[name] = value
        }
        return nil
    }
}
