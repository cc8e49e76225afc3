import ArticleModel
import Fetch
import Reader
import WebImport
import WebLibrary
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns command-line paths into library entries: files (plain text, web pages, feeds),
/// directories (recursively, .txt, .html and .htm files), `-` for standard input, `http://`
/// and `https://` URLs (pages, feeds, plain text), or the bundled samples when there are no
/// paths. A feed gives one entry per item.
///
/// Files named on the command line are read at once, so that a bad one stops Parley with a
/// clear message. Files found in directories are only listed (title, and a look at their first
/// bytes); each is read and analysed when it is first shown, so a folder of thousands of
/// articles opens immediately. Those that cannot be listed are skipped and counted.
struct ArticleSources {
    let reader: LazyArticleReader
    /// Time limits for URL arguments.
    var timeouts = WebTimeouts()

    func load(_ paths: [String]) throws(InputError) -> (entries: [LibraryEntry], skipped: [InputError]) {
        if paths.isEmpty {
            return (SampleLibrary.articles(reader: reader.reader).map { LibraryEntry(article: $0) }, [])
        }
        var entries: [LibraryEntry] = []
        var skipped: [InputError] = []
        // URLs are fetched together first; each is then taken in its place among the paths.
        let fetched = URLArguments.fetch(paths.filter(WebAddress.isWebAddress), timeouts: timeouts)
        for path in paths {
            if let result = fetched[path] {
                entries += try webEntries(url: path, fetched: result)
                continue
            }
            if path == "-" {
                let bytes = try readStandardInput()
                entries += try prepared(bytes: bytes, source: "-", shownAs: "standard input", path: nil)
                continue
            }
            let kind = FileAccess.kind(of: path)
            guard kind != .missing else {
                let reason = WebAddress.otherScheme(path).map { FetchError.unsupportedScheme($0).description }
                throw InputError(path: path, reason: reason ?? "no such file or directory")
            }
            if kind == .directory {
                let files = textFiles(in: path)
                guard !files.isEmpty else { throw InputError(path: path, reason: "no articles (.txt, .html or .htm files) in this directory") }
                for file in files {
                    do {
                        entries.append(try listed(file))
                    } catch {
                        skipped.append(error)
                    }
                }
            } else {
                entries += try preparedFile(path)
            }
        }
        if entries.isEmpty, let first = skipped.first { throw first }
        return (entries, skipped)
    }

    /// A directory member, listed by its title and read later.
    private func listed(_ path: String) throws(InputError) -> LibraryEntry {
        try checkSize(path)
        guard let head = FileAccess.read(path, limit: 65_536) else { throw InputError(path: path, reason: "permission denied or unreadable") }
        if WebSources.format(of: path, bytes: head) == .page { return listedPage(path, head: head) }
        let decoded: String
        do {
            decoded = try TextDecoding.decode(head).text
        } catch {
            throw InputError(path: path, reason: error.description)
        }
        let layout = PlainTextLayout(parsing: String(decoded.prefix(4_096)))
        guard !layout.title.isEmpty else { throw InputError(path: path, reason: ImportError.empty.description) }
        let reader = self.reader
        let title = layout.title
        return LibraryEntry(title: title) {
            do {
                return try ArticleSources.readFile(path, reader: reader.reader)
            } catch let error as InputError {
                // The file changed since it was listed: say so in the reader rather than fail.
                return (try? reader.reader.read(text: "\(title)\n\nParley could not read this file: \(error.reason).\n", source: path))
                    ?? Article(source: path, title: title, captions: [], text: "", paragraphs: [], sentences: [])
            } catch {
                return Article(source: path, title: title, captions: [], text: "", paragraphs: [], sentences: [])
            }
        }
    }

    /// A web page in a directory, listed by its `<title>` (or file name) and read when shown.
    private func listedPage(_ path: String, head: [UInt8]) -> LibraryEntry {
        let title = WebImporter.pageTitle(head) ?? (path.split(separator: "/").last.map(String.init) ?? path)
        let reader = self.reader
        return LibraryEntry(title: title) {
            do {
                let bytes = try ArticleSources.contents(of: path)
                if let entry = try WebSources.entries(bytes: bytes, format: .page, source: path, name: path, reader: reader).first { return entry.article }
                return Article(source: path, title: title, captions: [], text: "", paragraphs: [], sentences: [])
            } catch let error as InputError {
                return (try? reader.reader.read(text: "\(title)\n\nParley could not read this page: \(error.reason).\n", source: path))
                    ?? Article(source: path, title: title, captions: [], text: "", paragraphs: [], sentences: [])
            } catch {
                return Article(source: path, title: title, captions: [], text: "", paragraphs: [], sentences: [])
            }
        }
    }

    /// A file named on the command line: read and checked now, analysed when first shown.
    private func preparedFile(_ path: String) throws(InputError) -> [LibraryEntry] {
        try prepared(bytes: ArticleSources.contents(of: path), source: path, shownAs: path, path: path)
    }

    /// Decodes and lays out the bytes (refusing bad input with the name the user gave), and
    /// leaves the analysis, which needs the lexicon, for when the article is first shown.
    /// Pages and feeds (by the file's name or first bytes) go through the web importer.
    private func prepared(bytes: [UInt8], source: String, shownAs name: String, path: String?) throws(InputError) -> [LibraryEntry] {
        let format = WebSources.format(of: path, bytes: bytes)
        if format != .plainText {
            return try WebSources.entries(bytes: bytes, format: format, source: source, name: name, reader: reader)
        }
        let article: PreparedArticle
        do {
            article = try PreparedArticle(bytes: bytes)
        } catch {
            throw InputError(path: name, reason: error.description)
        }
        let reader = self.reader
        return [LibraryEntry(title: article.title) { reader.reader.analyse(article, source: source) }]
    }

    static func readFile(_ path: String, reader: ArticleReader) throws(InputError) -> Article {
        let bytes = try contents(of: path)
        do {
            return try reader.read(bytes: bytes, source: path)
        } catch {
            throw InputError(path: path, reason: error.description)
        }
    }

    /// A file's bytes, refused over the size limit before any is read.
    static func contents(of path: String) throws(InputError) -> [UInt8] {
        try checkSize(path)
        guard let bytes = FileAccess.read(path, limit: ArticleReader.sizeLimit + 1) else {
            throw InputError(path: path, reason: "permission denied or unreadable")
        }
        return bytes
    }

    /// Refuses a file over the size limit before reading any of it.
    private func checkSize(_ path: String) throws(InputError) {
        try ArticleSources.checkSize(path)
    }

    static func checkSize(_ path: String) throws(InputError) {
        if case .file(let size) = FileAccess.kind(of: path), size > ArticleReader.sizeLimit {
            throw InputError(path: path, reason: ImportError.tooLarge(limit: ArticleReader.sizeLimit).description)
        }
    }

    /// Standard input, refused past the size limit without reading it all.
    private func readStandardInput() throws(InputError) -> [UInt8] {
        guard let bytes = FileAccess.read(descriptor: STDIN_FILENO, limit: ArticleReader.sizeLimit + 1) else {
            throw InputError(path: "standard input", reason: "cannot be read")
        }
        if bytes.count > ArticleReader.sizeLimit {
            throw InputError(path: "standard input", reason: ImportError.tooLarge(limit: ArticleReader.sizeLimit).description)
        }
        return bytes
    }

    /// The articles (.txt, .html, .htm files) under a directory, in path order, skipping hidden
    /// files and folders.
    private func textFiles(in directory: String) -> [String] {
        FileAccess.articleFiles(in: directory).sorted()
    }
}
