import Foundation
import Markup
import WebImport

/// `parley-html-bench [CORPUS]`: how well article extraction matches the expected texts of
/// ../shared/corpus/html (Readability's and newspaper's test pages): token F1 per page (the
/// extracted paragraphs and captions against the expected text, as bags of words; one token
/// per character in scripts written without spaces), title match, and the summary figures.
@main
struct HTMLBenchmark {
    struct Page {
        var name: String
        var source: String
        var expectedText: String
        var expectedTitle: String?
    }

    static func main() throws {
        let corpus = CommandLine.arguments.dropFirst().first ?? "../shared/corpus/html"
        let pages = try readabilityPages(corpus) + newspaperPages(corpus)
        guard !pages.isEmpty else {
            FileHandle.standardError.write(Data("parley-html-bench: no pages under \(corpus)\n".utf8))
            exit(1)
        }
        var scores: [Double] = []
        var titlesRight = 0, titlesKnown = 0
        print(pad("page", 34) + pad("F1", 7) + pad("prec", 7) + pad("recall", 8) + "title")
        for page in pages {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: page.source)))
            let start = ContinuousClock.now
            let article = ArticleExtractor.extract(bytes: bytes)
            let elapsed = ContinuousClock.now - start
            let extracted = (article.paragraphs + article.captions).joined(separator: "\n")
            let (precision, recall, f1) = TokenF1.score(extracted: extracted, expected: page.expectedText)
            scores.append(f1)
            var titleColumn = "n/a (none expected)"
            if let expected = page.expectedTitle {
                titlesKnown += 1
                if normalizedTitle(article.title) == normalizedTitle(expected) {
                    titlesRight += 1
                    titleColumn = "right"
                } else {
                    titleColumn = "WRONG: \"\(article.title)\" (expected \"\(expected)\")"
                }
            }
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            print(pad(page.name, 34) + pad(format(f1), 7) + pad(format(precision), 7) + pad(format(recall), 8) + titleColumn + "  (\(Int(milliseconds)) ms)")
        }
        let mean = scores.reduce(0, +) / Double(scores.count)
        print("")
        print("pages: \(scores.count)")
        print("mean F1: \(format(mean)) (target >= 0.920)")
        print("minimum F1: \(format(scores.min() ?? 0)) (target >= 0.750)")
        print("titles right: \(titlesRight) of \(titlesKnown) = \(format(Double(titlesRight) / Double(max(1, titlesKnown)))) (target >= 0.900)")
    }

    static func readabilityPages(_ corpus: String) throws -> [Page] {
        let folder = corpus + "/readability/test/test-pages"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return try names.sorted().compactMap { name in
            let directory = folder + "/" + name
            guard FileManager.default.fileExists(atPath: directory + "/source.html") else { return nil }
            let expectedHTML = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory + "/expected.html")))
            let metadata = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/expected-metadata.json"))) as? [String: Any]
            return Page(name: "readability/" + name, source: directory + "/source.html", expectedText: ExpectedText.of(html: expectedHTML),
                        expectedTitle: metadata?["title"] as? String)
        }
    }

    static func newspaperPages(_ corpus: String) throws -> [Page] {
        let folder = corpus + "/newspaper/tests/data"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder + "/html") else { return [] }
        return try names.sorted().compactMap { name in
            let stem = name.replacingOccurrences(of: "_article.html", with: "").replacingOccurrences(of: "_article", with: "")
            let text = folder + "/text/" + stem.replacingOccurrences(of: ".html", with: "") + ".txt"
            guard FileManager.default.fileExists(atPath: text) else { return nil }
            return Page(name: "newspaper/" + name, source: folder + "/html/" + name, expectedText: try String(contentsOfFile: text, encoding: .utf8), expectedTitle: nil)
        }
    }

    static func normalizedTitle(_ title: String) -> String {
        title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}

/// The text of an expected-output HTML file, every element's text separated by spaces.
enum ExpectedText {
    static func of(html: [UInt8]) -> String {
        var result = ""
        func walk(_ element: MarkupElement) {
            for child in element.children {
                switch child {
                case .text(let text): result += text
                case .element(let element):
                    result += " "
                    walk(element)
                    result += " "
                }
            }
        }
        walk(Markup.parseHTML(html))
        return result
    }
}

/// Token F1 between two texts, as bags of tokens.
enum TokenF1 {
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for scalar in text.lowercased().unicodeScalars {
            if isUnspacedScript(scalar) {
                if !word.isEmpty { tokens.append(word) }
                word = ""
                tokens.append(String(scalar))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark {
                word.unicodeScalars.append(scalar)
            } else {
                if !word.isEmpty { tokens.append(word) }
                word = ""
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    /// Han, kana and Thai: one token per character.
    static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0E7F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return true
        default: return false
        }
    }

    static func score(extracted: String, expected: String) -> (precision: Double, recall: Double, f1: Double) {
        let found = tokens(extracted), wanted = tokens(expected)
        guard !found.isEmpty, !wanted.isEmpty else { return (0, 0, 0) }
        var counts: [String: Int] = [:]
        for token in wanted { counts[token, default: 0] += 1 }
        var common = 0
        for token in found where (counts[token] ?? 0) > 0 {
            counts[token]! -= 1
            common += 1
        }
        let precision = Double(common) / Double(found.count), recall = Double(common) / Double(wanted.count)
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
    }
}
