import ArticleModel
import Corrections
import Store

/// The articles of the library (or of a search in it) with the analyst's corrections laid
/// over the model's output, for `extract` and `export`: each read from its cached analysis,
/// analysed again only when the model changed.
enum LibraryArticles {
    /// Whether a command reads the library: a search was given, or no path and there is a
    /// library (named with --library, or the default one), as `parley` with no argument.
    static func isWanted(paths: [String], option: String?, query: String?) -> Bool {
        query != nil || (paths.isEmpty && ReadCommand.hasLibrary(option))
    }

    /// The positional arguments of `extract` and `export` as paths to read, or as the words of a
    /// library query (joined after `--query`'s, as `parley search` joins its arguments); both
    /// at once is a usage error, in one line with exit status 2.
    static func split(_ arguments: [String], query option: String?) -> (paths: [String], query: String?) {
        let paths = arguments.filter(isPath)
        let words = arguments.filter { !isPath($0) }
        if let path = paths.first {
            if option != nil { Diagnostics.fail("--query searches the library: give it without paths", code: 2) }
            if let word = words.first {
                Diagnostics.fail("\(word) is no file or URL, but \(path) is: give paths, or a library query alone (as parley search)", code: 2)
            }
        }
        guard option != nil || !words.isEmpty else { return (paths, nil) }
        return (paths, ([option].compactMap { $0 } + words).joined(separator: " "))
    }

    /// Whether an argument names articles: `-`, an http(s) address, anything that exists, or
    /// what is shaped like a path (a slash, or a name ending as the files Parley reads), so that
    /// a mistyped file name is reported as missing rather than searched for. A filter such as
    /// `feed:https://...` is a query word.
    static func isPath(_ argument: String) -> Bool {
        if argument == "-" || argument.hasPrefix("http://") || argument.hasPrefix("https://") { return true }
        if FileAccess.kind(of: argument) != .missing { return true }
        if let colon = argument.firstIndex(of: ":"), LibraryQuery.filterKeys.contains(argument[..<colon].lowercased()) { return false }
        let lower = argument.lowercased()
        return argument.contains("/") || [".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".rdf", ".json"].contains { lower.hasSuffix($0) }
    }

    /// The library's articles found by `query` (all of them when nil), oldest first; orphaned
    /// corrections are named on standard error.
    static func load(option: String?, query: String?) -> [Article] {
        let store = LibraryLocation.open(option, create: false)
        let reader = ReaderSetup.articleReader()
        let parsed = query.map(LibraryQuery.init(parsing:))
        if let problem = parsed?.problem { Diagnostics.fail(problem, code: 2) }
        if let parsed, parsed.isEmpty { Diagnostics.fail("nothing to search for: give words, \"a phrase\" or a filter such as actor:NAME", code: 2) }
        do throws(LibraryError) {
            // Every cached analysis in one read: 10,000 articles in about a tenth of a second.
            let loaded = try store.correctedArticles(ids: try store.articleIDs(matching: parsed)) { reader.reader.analyse($0, source: $1) }
            var articles: [Article] = []
            articles.reserveCapacity(loaded.count)
            for (_, corrected) in loaded {
                for orphan in corrected.orphans {
                    Diagnostics.warn("\(corrected.article.source): a correction no longer finds its sentence: \(orphan.summary)")
                }
                articles.append(corrected.article)
            }
            return articles
        } catch {
            Diagnostics.fail(error.description)
        }
    }
}
