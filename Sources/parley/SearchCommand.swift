import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Store
import TerminalCore

/// `parley search QUERY`: the library's full-text search for scripts, as `/` in the library.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the library (words, prefix*, \"phrases\", actor:NAME, issue:WORD, feed:NAME, tag:NAME, since:DATE, until:DATE, unread, flagged).",
        discussion: "Prints the articles found, best first, each with a snippet of where. DATE is YYYY, YYYY-MM or YYYY-MM-DD (UTC, included). Exit status 1 when nothing is found."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: LibraryOptions

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: "At most this many articles.")
    var limit: Int = 50

    @Argument(help: "The query; several arguments are one query.")
    var query: [String]

    func run() throws {
        let store = LibraryLocation.open(options.library, create: false)
        let parsed = LibraryQuery(parsing: query.joined(separator: " "))
        if let problem = parsed.problem { Diagnostics.fail(problem, code: 2) }
        guard !parsed.isEmpty else { Diagnostics.fail("nothing to search for: give words, \"a phrase\" or a filter such as actor:NAME", code: 2) }
        let hits: [SearchHit]
        do {
            hits = try store.search(parsed, limit: max(1, limit))
        } catch {
            Diagnostics.fail(error.description)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let document = SearchJSON(query: query.joined(separator: " "), hits: hits.map(SearchJSON.Hit.init))
            Output.write(String(decoding: try encoder.encode(document), as: UTF8.self) + "\n")
        case .text:
            for hit in hits {
                let article = hit.article
                let details = [article.published.map { String($0.prefix(10)) }, article.origin, article.source].compactMap { $0 }
                var snippet = ""
                var last = hit.snippet.unicodeScalars.startIndex
                for match in hit.matches {
                    let scalars = hit.snippet.unicodeScalars
                    let start = scalars.index(scalars.startIndex, offsetBy: match.lowerBound)
                    let end = scalars.index(scalars.startIndex, offsetBy: match.upperBound)
                    snippet += String(scalars[last..<start]) + "[" + String(scalars[start..<end]) + "]"
                    last = end
                }
                snippet += String(hit.snippet.unicodeScalars[last...])
                var text = TerminalSafeText.sanitized(article.title) + "\n  " + TerminalSafeText.sanitized(details.joined(separator: "  ")) + "\n"
                if !snippet.isEmpty { text += "  " + TerminalSafeText.sanitized(snippet) + "\n" }
                Output.write(text)
            }
        }
        if hits.isEmpty { throw ExitCode(1) }
    }
}

/// `parley search --format json`: the hits, best first; offsets are Unicode scalars into `snippet`.
struct SearchJSON: Encodable {
    struct Match: Encodable {
        var start: Int
        var end: Int
    }

    struct Hit: Encodable {
        var id: Int64
        var title: String
        var source: String
        var published: String?
        var origin: String?
        var read: Bool
        var flagged: Bool
        var snippet: String
        var matches: [Match]

        init(_ hit: SearchHit) {
            id = hit.article.id
            title = hit.article.title
            source = hit.article.source
            published = hit.article.published
            origin = hit.article.origin
            read = hit.article.isRead
            flagged = hit.article.isFlagged
            snippet = hit.snippet
            matches = hit.matches.map { Match(start: $0.lowerBound, end: $0.upperBound) }
        }
    }

    var query: String
    var hits: [Hit]
}
