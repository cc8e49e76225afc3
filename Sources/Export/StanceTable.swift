import Analysis
import ArticleModel

/// The long table of stances: one row per stance and evidence sentence, with the article, the
/// actor, the issue (its id across articles and the article's own label) and who decided it.
/// `csv()` writes it as RFC 4180 CSV, `json()` as an array of objects with the same fields.
public struct StanceTable: Sendable {
    /// The columns, in order; also the JSON field names.
    public static let columns = [
        "article", "source", "title", "date", "actor", "actor_name", "kind", "affiliation", "issue", "issue_label",
        "polarity", "cue", "rule", "negated", "stance_source", "decided_at", "sentence", "start", "end",
    ]

    /// One field's value: text or a number (quoted or not in JSON).
    enum Field: Sendable {
        case text(String)
        case number(Int)
        case flag(Bool)
    }

    let rows: [[Field]]

    public init(matrix: CrossMatrix) {
        var rows: [[Field]] = []
        for (number, article) in matrix.articles.enumerated() {
            guard !article.stances.isEmpty else { continue }
            let actors = Dictionary(article.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let date = matrix.dates[number] ?? ""
            for stance in article.stances {
                let actor = actors[stance.actor]
                let issue = matrix.issue(ofArticle: number, issueID: stance.issue).map { matrix.issues[$0] }
                let label = article.issue(id: stance.issue)?.label ?? issue?.label ?? stance.issue
                let head: [Field] = [
                    .number(number + 1), .text(article.source), .text(article.title), .text(date),
                    .text(stance.actor), .text(actor?.name ?? stance.actor), .text((actor?.kind ?? .other).rawValue), .text(actor?.affiliation ?? ""),
                    .text(issue?.id ?? stance.issue), .text(label),
                    .text(stance.polarity.rawValue), .text(stance.cue), .text(stance.rule), .flag(stance.negated),
                    .text(stance.source.rawValue), .text(stance.decidedAt ?? ""),
                ]
                let evidence = stance.evidence.sorted { $0.range.lowerBound < $1.range.lowerBound }
                if evidence.isEmpty {
                    rows.append(head + [.text(""), .text(""), .text("")])
                    continue
                }
                let sentences = article.substrings(evidence.map(\.range))
                for (item, sentence) in zip(evidence, sentences) {
                    rows.append(head + [.text(sentence), .number(item.range.lowerBound), .number(item.range.upperBound)])
                }
            }
        }
        self.rows = rows
    }

    public var count: Int { rows.count }

    /// RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, a quote, a
    /// line break or space at either end, quotes doubled. UTF-8 without a byte-order mark.
    public func csv() -> String {
        var out = Self.columns.joined(separator: ",") + "\r\n"
        for row in rows {
            var first = true
            for field in row {
                if !first { out += "," }
                first = false
                switch field {
                case .number(let value): out += String(value)
                case .flag(let value): out += value ? "TRUE" : "FALSE"
                case .text(let value): out += Self.csvField(ExportText.clean(value))
                }
            }
            out += "\r\n"
        }
        return out
    }

    static func csvField(_ value: String) -> String {
        let needsQuotes = value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.doublingQuotes() + "\""
    }

    /// The rows as a JSON array of objects, one line each.
    public func json() -> String {
        var out = "[\n"
        for (number, row) in rows.enumerated() {
            out += "  {"
            for (column, field) in zip(Self.columns, row) {
                if column != Self.columns[0] { out += ", " }
                out += ExportText.json(column) + ": "
                switch field {
                case .number(let value): out += String(value)
                case .flag(let value): out += value ? "true" : "false"
                case .text(let value): out += ExportText.json(value)
                }
            }
            out += number + 1 < rows.count ? "},\n" : "}\n"
        }
        return out + "]\n"
    }
}

extension String {
    /// Every double quote doubled, as CSV escapes them.
    func doublingQuotes() -> String {
        var out = ""
        for character in self {
            out.append(character)
            if character == "\"" { out.append("\"") }
        }
        return out
    }
}
