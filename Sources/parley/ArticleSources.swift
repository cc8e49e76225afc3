import ArticleModel
import Foundation

/// A problem with one input, named the way the user typed it.
struct InputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): \(reason)" }
}

/// Turns command-line paths into articles: files, directories (recursively, .txt files), `-` for
/// standard input, or the bundled samples when there are no paths.
struct ArticleSources {
    let reader: ArticleReader

    /// Everything readable, plus what was skipped inside directories. An unreadable path given
    /// directly on the command line is an error; an unreadable file inside a directory is skipped.
    func load(_ paths: [String]) throws(InputError) -> (articles: [Article], skipped: [InputError]) {
        if paths.isEmpty {
            return (SampleLibrary.articles(reader: reader), [])
        }
        var articles: [Article] = []
        var skipped: [InputError] = []
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                articles.append(try read(bytes: [UInt8](data), source: "-", shownAs: "standard input"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(path: path, reason: "no such file or directory")
            }
            if isDirectory.boolValue {
                let files = textFiles(in: path)
                guard !files.isEmpty else { throw InputError(path: path, reason: "no .txt articles in this directory") }
                for file in files {
                    do {
                        articles.append(try readFile(file))
                    } catch {
                        skipped.append(error)
                    }
                }
            } else {
                articles.append(try readFile(path))
            }
        }
        if articles.isEmpty, let first = skipped.first { throw first }
        return (articles, skipped)
    }

    private func readFile(_ path: String) throws(InputError) -> Article {
        guard FileManager.default.isReadableFile(atPath: path), let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, reason: "permission denied or unreadable")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw InputError(path: path, reason: "cannot be read")
        }
        return try read(bytes: [UInt8](data), source: path, shownAs: path)
    }

    private func read(bytes: [UInt8], source: String, shownAs name: String) throws(InputError) -> Article {
        do {
            return try reader.read(bytes: bytes, source: source)
        } catch {
            throw InputError(path: name, reason: error.description)
        }
    }

    /// The .txt files under a directory, in path order, skipping hidden files and folders.
    private func textFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if let attributes = enumerator.fileAttributes, attributes[.type] as? FileAttributeType == .typeDirectory {
                    enumerator.skipDescendants()
                }
                continue
            }
            if name.lowercased().hasSuffix(".txt") {
                files.append((directory as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }
}
