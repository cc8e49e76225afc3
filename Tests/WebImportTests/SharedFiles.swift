import Foundation

/// Where ../shared (the corpus, read in place, never copied) is, and whether it is there.
enum SharedFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var corpus: String { packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus").path }
    static var hasFeeds: Bool { FileManager.default.fileExists(atPath: corpus + "/feeds") }
    static var hasPages: Bool { FileManager.default.fileExists(atPath: corpus + "/html") }

    /// Every file under a folder of the corpus, sorted.
    static func files(under folder: String) -> [String] {
        let root = corpus + "/" + folder
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        return walker.compactMap { $0 as? String }.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted().map { root + "/" + $0 }
    }
}
