/// A library search as typed: words (`levy`), prefixes (`sanct*`), phrases (`"coal levy"`) and
/// filters: `actor:NAME`, `issue:WORD`, `feed:NAME`, `tag:NAME`, `unread`, `flagged`, and the
/// dates `since:DATE` and `until:DATE` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, in UTC, both ends
/// included). A NAME of several words is quoted (`actor:"Zofia Kowalczyk"`). Words must all be
/// found, in the title, the body or an actor's name.
public struct LibraryQuery: Sendable, Equatable {
    /// A word or a phrase to find; `prefix` when it ended in `*`.
    public struct Term: Sendable, Equatable {
        public var words: [String]
        public var prefix: Bool

        public init(words: [String], prefix: Bool) {
            self.words = words
            self.prefix = prefix
        }
    }

    /// The words before a colon that make a filter.
    public static let filterKeys: Set<String> = ["actor", "issue", "feed", "tag", "since", "until"]

    public var terms: [Term] = []
    public var actors: [String] = []
    public var issues: [String] = []
    public var feeds: [String] = []
    public var tags: [String] = []
    public var unreadOnly = false
    public var flaggedOnly = false
    /// The earliest and latest dates listed (by the library's date: published, else added or
    /// the file's time), as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; several narrow to the latest
    /// since and the earliest until.
    public var since: String?
    public var until: String?
    /// Why the query cannot be run, in one line ("since:2024-13: not a date (YYYY, YYYY-MM or
    /// YYYY-MM-DD)"); nil when it can.
    public var problem: String?

    public init(parsing text: String) {
        for token in LibraryQuery.tokens(text) {
            switch (token.key?.lowercased(), token.value) {
            case ("actor", let value): actors.append(value)
            case ("issue", let value): issues.append(value)
            case ("feed", let value): feeds.append(value)
            case ("tag", let value): tags.append(value)
            case (let key?, let value) where key == "since" || key == "until":
                guard let date = LibraryQuery.date(value) else {
                    problem = problem ?? "\(key):\(value): not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
                    continue
                }
                if key == "since" { since = max(since ?? date, date) } else { until = min(until ?? date, date) }
            case (nil, "unread") where !token.quoted: unreadOnly = true
            case (nil, "flagged") where !token.quoted: flaggedOnly = true
            case (let key, let value):
                // An unknown key ("http:", "10:30") is part of the text.
                let text = key.map { "\($0):\(value)" } ?? value
                let prefix = !token.quoted && text.hasSuffix("*")
                let words = LibraryQuery.words(prefix ? String(text.dropLast()) : text)
                if !words.isEmpty { terms.append(Term(words: words, prefix: prefix)) }
            }
        }
    }

    public var isEmpty: Bool {
        terms.isEmpty && actors.isEmpty && issues.isEmpty && feeds.isEmpty && tags.isEmpty && !unreadOnly && !flaggedOnly
            && since == nil && until == nil && problem == nil
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as given, when it is a real date; nil otherwise.
    static func date(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }) else { return nil }
        let numbers = parts.map { Int($0)! }
        if numbers.count > 1, !(1...12).contains(numbers[1]) { return nil }
        if numbers.count > 2 {
            let leap = numbers[0] % 4 == 0 && (numbers[0] % 100 != 0 || numbers[0] % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][numbers[1] - 1]
            guard (1...days).contains(numbers[2]) else { return nil }
        }
        return text
    }

    /// Whether the query asks FTS5 anything (else it only filters the list).
    var hasTextMatch: Bool { !terms.isEmpty || !actors.isEmpty || !issues.isEmpty }

    /// The FTS5 expression: every term in the title, body or actor names, filters in their column.
    var matchExpression: String {
        var parts: [String] = []
        for term in terms {
            parts.append("{title body actors} : " + LibraryQuery.phrase(term.words, prefix: term.prefix))
        }
        for actor in actors {
            let words = LibraryQuery.words(actor)
            if !words.isEmpty { parts.append("actors : " + LibraryQuery.phrase(words, prefix: true)) }
        }
        for issue in issues {
            let words = LibraryQuery.words(issue)
            if !words.isEmpty { parts.append("issues : " + LibraryQuery.phrase(words, prefix: true)) }
        }
        return parts.joined(separator: " AND ")
    }

    /// Words as FTS5 sees them: runs of letters and digits (the unicode61 tokenizer's tokens).
    static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber }.map { String($0) }
    }

    /// A quoted FTS5 phrase of plain words (so no FTS5 syntax reaches the engine), `*` for a prefix.
    static func phrase(_ words: [String], prefix: Bool) -> String {
        "\"" + words.joined(separator: " ") + "\"" + (prefix ? " *" : "")
    }

    /// Tokens: `key:value` or plain, a value in double quotes may hold spaces.
    static func tokens(_ text: String) -> [(key: String?, value: String, quoted: Bool)] {
        var result: [(String?, String, Bool)] = []
        var characters = Array(text)[...]
        while let first = characters.first {
            if first.isWhitespace {
                characters = characters.dropFirst()
                continue
            }
            var key: String?
            var value = ""
            var quoted = false
            while let character = characters.first, !character.isWhitespace {
                characters = characters.dropFirst()
                if character == "\"" {
                    quoted = true
                    while let inner = characters.first, inner != "\"" {
                        value.append(inner)
                        characters = characters.dropFirst()
                    }
                    characters = characters.dropFirst()
                } else if character == ":", key == nil, !quoted, !value.isEmpty, value.allSatisfy(\.isLetter) {
                    key = value
                    value = ""
                } else {
                    value.append(character)
                }
            }
            if !value.isEmpty || quoted { result.append((key, value, quoted)) }
        }
        return result
    }
}
