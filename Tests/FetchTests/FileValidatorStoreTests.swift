import Fetch
import Foundation
import Testing

@Suite("The file store of validators and last bodies")
struct FileValidatorStoreTests {
    let sample = StoredResponse(
        url: "https://news.example/story?id=7", finalURL: "https://news.example/2026/story",
        contentType: "text/html", charset: "windows-1252",
        validators: Validators(entityTag: "W/\"abc\"", lastModified: "Tue, 03 Mar 2026 08:00:00 GMT"),
        body: Array("<p>caf\u{E9}</p>".utf8) + [0, 255, 10]
    )

    @Test("A saved response loads back the same, from one file, with no temporary file left")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let store = FileValidatorStore(directory: folder.path + "/cache/parley/http")
        #expect(store.load(url: sample.url) == nil)
        store.save(sample)
        #expect(store.load(url: sample.url) == sample)
        let files = try FileManager.default.contentsOfDirectory(atPath: store.directory)
        #expect(files == [URL(fileURLWithPath: store.path(for: sample.url)).lastPathComponent])
        var replaced = sample
        replaced.validators = Validators(entityTag: "\"new\"")
        replaced.charset = nil
        store.save(replaced)
        #expect(store.load(url: sample.url) == replaced)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory).count == 1)
        store.remove(url: sample.url)
        #expect(store.load(url: sample.url) == nil)
    }

    @Test("Truncated, altered, foreign and unreadable files are ignored, never fatal")
    func corruptFilesIgnored() throws {
        let folder = try TemporaryFolder()
        let store = FileValidatorStore(directory: folder.path)
        store.save(sample)
        let path = store.path(for: sample.url)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        let damaged: [Data] = [
            good.dropLast(1),                                  // body cut short
            good + Data([0]),                                  // body longer than stated
            Data(),                                            // empty
            Data("not a cache file\n".utf8),                   // foreign
            Data(String(decoding: good, as: UTF8.self).replacingOccurrences(of: "news.example/story", with: "other.example/x").utf8),  // another URL's entry
            Data([0xFF, 0xFE, 0x0A, 0x00]),                    // binary
        ]
        for bytes in damaged {
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(store.load(url: sample.url) == nil)
        }
        // A folder where the file should be: loading finds nothing and saving does not crash.
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(store.load(url: sample.url) == nil)
        store.save(sample)
    }

    @Test("A store whose folder cannot be made saves nothing and loads nothing")
    func unusableFolder() throws {
        let folder = try TemporaryFolder()
        let blocker = folder.path + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let store = FileValidatorStore(directory: blocker + "/parley/http")
        store.save(sample)
        #expect(store.load(url: sample.url) == nil)
    }

    @Test("The cache lives under XDG_CACHE_HOME when it is absolute, else under ~/.cache")
    func standardLocation() {
        #expect(FileValidatorStore.standard(environment: ["XDG_CACHE_HOME": "/tmp/c", "HOME": "/home/a"])?.directory == "/tmp/c/parley/http")
        #expect(FileValidatorStore.standard(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"])?.directory == "/home/a/.cache/parley/http")
        #expect(FileValidatorStore.standard(environment: ["HOME": "/home/a"])?.directory == "/home/a/.cache/parley/http")
        #expect(FileValidatorStore.standard(environment: [:]) == nil)
    }

    @Test("Different URLs get different files")
    func distinctFiles() {
        let store = FileValidatorStore(directory: "/x")
        #expect(store.path(for: "https://a.example/") != store.path(for: "https://a.example"))
        #expect(store.path(for: "https://a.example/").hasPrefix("/x/"))
        #expect(store.path(for: "https://a.example/").hasSuffix(".response"))
    }
}
