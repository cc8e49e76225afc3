import ArticleModel
import TerminalCore

/// The reader's content as plain text, for when standard output is not a terminal (as w3m does):
/// title, captions, wrapped text, actors and the stance matrix. Control characters are shown
/// as placeholders, never passed through.
public enum PlainTextReport {
    public static func render(_ articles: [Article], width: Int = 80) -> String {
        articles.map { render($0, width: width) }.joined(separator: separator(width: width))
    }

    /// What goes between two articles.
    public static func separator(width: Int = 80) -> String {
        "\n" + String(repeating: "-", count: min(width, 72)) + "\n\n"
    }

    public static func render(_ article: Article, width: Int) -> String {
        var out: [String] = []
        let title = safe(article.title)
        out.append(title)
        out.append(String(repeating: "=", count: min(width, max(3, DisplayWidth.of(title)))))
        if let byline = article.metadata.summaryLine {
            out += ArticleLayout.wrap(safe(byline), width: width).map(\.text)
        }
        if let url = article.metadata.url {
            out += ArticleLayout.wrap(safe(url), width: width).map(\.text)
        }
        if article.metadata.isSummaryOnly {
            out.append("(summary only: the full story is on its page)")
        }
        for caption in article.captions {
            out += ArticleLayout.wrap("[" + safe(caption) + "]", width: width).map(\.text)
        }
        for text in article.substrings(article.paragraphs) {
            out.append("")
            out += ArticleLayout.wrap(safe(text), width: width).map(\.text)
        }
        out.append("")
        out.append("Actors")
        out.append("------")
        if article.actors.isEmpty { out.append("(none found)") }
        let countWidth = String(article.actors.map(\.mentions.count).max() ?? 0).count
        for actor in article.actors {
            let count = String(actor.mentions.count)
            var line = "\(actor.kind.marker) " + String(repeating: " ", count: countWidth - count.count) + count + " " + safe(actor.name)
            if let affiliation = actor.affiliation {
                line += " - " + safe(article.actor(id: affiliation)?.name ?? affiliation)
            }
            out.append(line)
        }
        out.append("")
        out += matrixLines(article)
        return out.joined(separator: "\n") + "\n"
    }

    /// The matrix as a table: a row per actor, a numbered column per issue, then the issue legend.
    static func matrixLines(_ article: Article) -> [String] {
        let matrix = StanceMatrix(article: article)
        var out = ["Stances", "-------"]
        guard !matrix.isEmpty else { return out + ["(none found)"] }
        let names = matrix.rows.map { safe(article.actor(id: $0)?.name ?? $0) }
        let nameWidth = min(24, names.map { DisplayWidth.of($0) }.max() ?? 8)
        var header = String(repeating: " ", count: nameWidth)
        for number in matrix.columns.indices { header += " " + pad(String(number + 1), 3) }
        out.append(header.replacingTrailingSpaces())
        for (row, actor) in matrix.rows.enumerated() {
            var line = pad(truncate(names[row], nameWidth), nameWidth)
            for issue in matrix.columns {
                line += " " + pad(glyph(matrix.cell(actor: actor, issue: issue)?.polarity), 3)
            }
            out.append(line.replacingTrailingSpaces())
        }
        out.append("")
        for (number, issue) in matrix.columns.enumerated() {
            out.append("\(number + 1). " + safe(article.issue(id: issue)?.label ?? issue))
        }
        out.append("")
        out.append("+ support  - oppose  ± mixed  = neutral  · no stance")
        return out
    }

    static func glyph(_ polarity: Polarity?) -> String {
        switch polarity {
        case .support: return "+"
        case .oppose: return "-"
        case .mixed: return "±"
        case .neutral: return "="
        case nil: return "·"
        }
    }

    static func safe(_ text: String) -> String { TerminalSafeText.sanitized(text) }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    static func truncate(_ text: String, _ width: Int) -> String {
        PaneChrome.truncate(text, to: width)
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
