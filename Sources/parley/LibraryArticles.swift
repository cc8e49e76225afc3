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
        if query != nil {
            guard paths.isEmpty else { Diagnostics.fail("--query searches the library: give it without paths", code: 2) }
            return true
        }
        return paths.isEmpty && ReadCommand.hasLibrary(option)
    }

    /// The library's articles found by `query` (all of them when nil), oldest first; orphaned
    /// corrections are named on standard error.
    static func load(option: String?, query: String?) -> [Article] {
        let store = LibraryLocation.open(option, create: false)
        let reader = ReaderSetup.articleReader()
        let parsed = query.map(LibraryQuery.init(parsing:))
        if let parsed, parsed.isEmpty { Diagnostics.fail("nothing to search for: give words, \"a phrase\" or a filter such as actor:NAME", code: 2) }
        do throws(LibraryError) {
            var articles: [Article] = []
            for id in try store.articleIDs(matching: parsed) {
                let corrected = try store.correctedArticle(id: id) { reader.reader.analyse($0, source: $1) }
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
