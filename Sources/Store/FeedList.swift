/// One feed to follow: its address, tags, and the title the user chose (newsboat's `"~Title"`).
public struct FeedSubscription: Sendable, Equatable {
    public var url: String
    public var tags: [String]
    public var title: String?

    public init(url: String, tags: [String] = [], title: String? = nil) {
        self.url = url
        self.tags = tags
        self.title = title
    }
}

/// The `urls` file, in newsboat's format: one feed a line, its address then its tags
/// (a tag with spaces in double quotes; `"~Name"` names the feed), `#` starts a comment.
/// Lines Parley cannot follow (newsboat's `query:`, `exec:` and `filter:` feeds, addresses that
/// are not http or https) are reported with their line number and skipped.
public struct FeedList: Sendable, Equatable {
    public var feeds: [FeedSubscription] = []
    /// "line N: reason" for each line skipped.
    public var problems: [String] = []

    public init(parsing text: String) {
        var seen = Set<String>()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = FeedList.fields(String(line))
            guard let url = fields.first else { continue }
            let lower = url.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
                let kind = url.split(separator: ":").first.map(String.init) ?? url
                problems.append("line \(number + 1): \(["query", "exec", "filter"].contains(kind) ? "newsboat's \(kind): feeds are not supported" : "not an http or https address"), skipped")
                continue
            }
            guard seen.insert(url).inserted else { continue }
            var subscription = FeedSubscription(url: url)
            for tag in fields.dropFirst() {
                if tag.hasPrefix("~") {
                    subscription.title = String(tag.dropFirst())
                } else if !tag.hasPrefix("!"), !tag.isEmpty {
                    subscription.tags.append(tag)
                }
            }
            feeds.append(subscription)
        }
    }

    /// A line's fields: whitespace-separated, double quotes group, `#` outside quotes ends the line.
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var started = false
        for character in line {
            if inQuotes {
                if character == "\"" { inQuotes = false } else { current.append(character) }
            } else if character == "\"" {
                inQuotes = true
                started = true
            } else if character == "#" && !started {
                break
            } else if character.isWhitespace {
                if started { fields.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { fields.append(current) }
        return fields
    }

    /// The file's text for these feeds, one a line, tags quoted when they need it.
    public static func text(of feeds: [FeedSubscription]) -> String {
        feeds.map { feed in
            var fields = [feed.url]
            if let title = feed.title { fields.append("\"~\(title)\"") }
            fields += feed.tags.map { $0.contains(where: { $0.isWhitespace || $0 == "#" }) ? "\"\($0)\"" : $0 }
            return fields.joined(separator: " ") + "\n"
        }.joined()
    }
}
