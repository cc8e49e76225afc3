import Foundation
@testable import ArticleModel

/// A validation file of invented cases: a fictional lexicon, then cases of `> text` lines
/// followed by expectation lines. Used for both actors.txt and stances.txt.
struct ValidationFile {
    struct Case {
        var number: Int
        var line: Int
        var rule: String
        var paragraphs: [String]
        var expectations: [String]

        /// The case as a tiny article: a title line, then its paragraphs.
        var articleText: String { "Validation case \(number)\n\n" + paragraphs.joined(separator: "\n\n") + "\n" }
    }

    var lexicon: Lexicon
    var cases: [Case]

    static func load(_ name: String) throws -> ValidationFile {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Validation").appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return try ValidationFile(text: text, name: name)
    }

    init(text: String, name: String) throws {
        var lexiconLines: [String] = []
        var inLexicon = false
        var cases: [Case] = []
        var rule = "unnamed"
        var current: Case?
        func finish() {
            if let done = current, !done.paragraphs.isEmpty { cases.append(done) }
            current = nil
        }
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line == "@lexicon" { inLexicon = true; continue }
            if line == "@end" { inLexicon = false; continue }
            if inLexicon { lexiconLines.append(line); continue }
            if line.hasPrefix("# rule:") {
                finish()
                rule = line.dropFirst("# rule:".count).trimmingCharacters(in: .whitespaces)
                continue
            }
            if line.hasPrefix("#") { continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { finish(); continue }
            if line.hasPrefix("> ") {
                if current == nil || !(current!.expectations.isEmpty) {
                    finish()
                    current = Case(number: cases.count + 1, line: offset + 1, rule: rule, paragraphs: [], expectations: [])
                }
                current!.paragraphs.append(String(line.dropFirst(2)))
            } else if current != nil {
                current!.expectations.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        finish()
        self.cases = cases
        lexicon = try Lexicon.bundled.merging(userTOML: lexiconLines.joined(separator: "\n"), path: name)
    }
}
