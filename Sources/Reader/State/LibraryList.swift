/// How the library list is arranged: newest first, or under each feed, or under each tag.
public enum LibraryGrouping: String, Sendable, CaseIterable {
    case date, feed, tag

    var next: LibraryGrouping {
        let all = LibraryGrouping.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// The outcome of a library search shown in place of the list.
public struct LibrarySearchResults: Sendable, Equatable {
    public var query: String
    /// Entry indices with their snippet, best first.
    public var hits: [(entry: Int, snippet: String, matches: [Range<Int>])]
    /// How many articles the query finds in all; more are asked for as the cursor reaches the end.
    public var total: Int

    public static func == (left: LibrarySearchResults, right: LibrarySearchResults) -> Bool {
        left.query == right.query && left.total == right.total && left.hits.map(\.entry) == right.hits.map(\.entry) && left.hits.map(\.snippet) == right.hits.map(\.snippet)
    }
}

/// One line of the library pane.
public enum LibraryLine: Sendable, Equatable {
    /// A group's heading: its name, unread and total counts.
    case group(String, unread: Int, total: Int)
    /// An article: its position in the list of choosable rows and its entry index.
    case entry(position: Int, entry: Int)
    /// The snippet under a search hit.
    case snippet(position: Int, text: String, matches: [Range<Int>])
}

extension AppState {
    /// The entries in the order the list shows them (an entry under several tags is listed
    /// under each): what the cursor moves over.
    public var listedEntries: [Int] {
        if librarySearch == nil && libraryGrouping == .date { return Array(entries.indices) }
        return lines.compactMap { if case .entry(_, let entry) = $0 { return entry } else { return nil } }
    }

    /// Every line of the library pane, headings and snippets included.
    public var lines: [LibraryLine] {
        if let results = librarySearch {
            var lines: [LibraryLine] = []
            for (position, hit) in results.hits.enumerated() {
                lines.append(.entry(position: position, entry: hit.entry))
                if !hit.snippet.isEmpty { lines.append(.snippet(position: position, text: hit.snippet, matches: hit.matches)) }
            }
            return lines
        }
        switch libraryGrouping {
        case .date:
            return entries.indices.map { .entry(position: $0, entry: $0) }
        case .feed:
            return grouped { [$0.origin ?? "Files"] }
        case .tag:
            return grouped { $0.tags.isEmpty ? ["untagged"] : $0.tags }
        }
    }

    /// Lines under headings, groups by name, entries in list order within each.
    private func grouped(by keys: (LibraryEntry) -> [String]) -> [LibraryLine] {
        var members: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            for key in keys(entry) { members[key, default: []].append(index) }
        }
        var lines: [LibraryLine] = []
        var position = 0
        for name in members.keys.sorted(by: { $0.lowercased() < $1.lowercased() }) {
            let indices = members[name]!
            lines.append(.group(name, unread: indices.filter { !entries[$0].isRead }.count, total: indices.count))
            for index in indices {
                lines.append(.entry(position: position, entry: index))
                position += 1
            }
        }
        return lines
    }
}
