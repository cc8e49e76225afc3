import Foundation
import Testing
import TestSupport
@testable import ArticleModel

/// Any bytes either read as an article whose every range is consistent, or are refused with
/// an ImportError: never a crash. Random inputs here; libFuzzer in `.ci/fuzz`.
@Suite("Robustness of the article model")
struct RobustnessTests {
    static func checkConsistent(_ bytes: [UInt8], reader: ArticleReader) {
        do {
            let article = try reader.read(bytes: bytes, source: "random")
            let length = article.text.unicodeScalars.count
            for actor in article.actors {
                for mention in actor.mentions {
                    #expect(mention.range.upperBound <= length)
                    #expect(article.substring(mention.range) == mention.text)
                }
            }
            // One walk for ranges in order, a fresh start when one goes back (mentions come
            // actor by actor): the same texts as one substring at a time.
            let sentenceRanges = article.sentences.map(\.range)
            #expect(article.substrings(sentenceRanges) == sentenceRanges.map { article.substring($0) })
            let mentionRanges = article.actors.flatMap { $0.mentions.map(\.range) }
            #expect(article.substrings(mentionRanges) == mentionRanges.map { article.substring($0) })
            for (index, sentence) in article.sentences.enumerated() {
                #expect(sentence.range.upperBound <= length)
                if index > 0 { #expect(article.sentences[index - 1].range.upperBound <= sentence.range.lowerBound) }
            }
            for stance in article.stances {
                #expect(article.actor(id: stance.actor) != nil)
                #expect(article.issue(id: stance.issue) != nil)
                #expect(!stance.evidence.isEmpty)
            }
            // Ids name one issue and one actor each: the matrix, the store and the exports key on them.
            #expect(Set(article.issues.map(\.id)).count == article.issues.count)
            #expect(Set(article.actors.map(\.id)).count == article.actors.count)
            _ = StanceMatrix(article: article)
        } catch {
            // Refused with a reason: fine.
        }
    }

    @Test("Random bytes, random words and random mixtures never crash", arguments: [1, 2, 3])
    func randomInputs(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let reader = ArticleReader()
        let vocabulary = ["France", "backs", "the", "plan", "Russia", "rejects", "it", ".", ",", "\"", "Mr", "Smith", "said", "not", "UN",
                          "resolution", "and", "which", "to", "lift", "sanctions", "?", "\n\n", "Image copyright", "&#233;", "é", "中", "\u{1B}[",
                          "would", "oppose", "'s", "-", "Secretary of State", "John", "Kerry", "he", "they", "We", "with the backing of", "Britain"]
        for round in 0..<60 {
            var bytes: [UInt8]
            switch round % 3 {
            case 0:
                bytes = (0..<random.below(600)).map { _ in UInt8(random.below(256)) }
            case 1:
                var text = "Title\n\n"
                for _ in 0..<random.below(200) { text += vocabulary[random.below(vocabulary.count)] + " " }
                bytes = Array(text.utf8)
            default:
                var text = Array("Title\n\nFrance backs the plan. Russia rejects it.".utf8)
                for _ in 0..<random.below(40) { text.insert(UInt8(random.below(256)), at: random.below(text.count + 1)) }
                bytes = text
            }
            Self.checkConsistent(bytes, reader: reader)
        }
    }

    @Test("Every saved fuzz input, including crash regressions, reads consistently")
    func fuzzCorpus() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("FuzzCorpus")
        var files = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0) }
        files += try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("regressions").path).map { folder.appendingPathComponent("regressions").appendingPathComponent($0) }
        let inputs = files.filter { !$0.hasDirectoryPath && $0.lastPathComponent != "regressions" }
        #expect(inputs.count >= 7)
        for file in inputs {
            Self.checkConsistent([UInt8](try Data(contentsOf: file)), reader: ArticleReader())
        }
    }

    @Test("A long run of digits (found by fuzzing) is no year and no overflow")
    func longDigitRun() throws {
        let article = try ArticleReader().read(text: "Title\n\nIn 2013 it cost 55555555555555555555555555555 units.\n", source: "t")
        #expect(ArticleReader.year(in: [article.text]) == 2013)
    }

    @Test("The article's year is its most frequent four-digit year, the later of two as frequent")
    func yearIsTheMostFrequent() {
        #expect(ArticleReader.year(in: ["In 1999, and again in 2004 and 1999.", "By 2004"]) == 2004)
        #expect(ArticleReader.year(in: ["1999 2004 1999"]) == 1999)
        #expect(ArticleReader.year(in: ["1900 and 2099 but not 1899, 2100, 123 or 12005"]) == 2099)
        #expect(ArticleReader.year(in: ["no year here: 55, 1850, 20000", ""]) == nil)
    }
    @Test("A sentence that ends in 'and <actor>' after an issue (found by fuzzing) keeps its stances")
    func trailingActorAfterIssue() throws {
        let article = try ArticleReader().read(text: "Fish talks\n\nNorway backs the fishing deal. Sweden rejects the deal, and Finland\n", source: "t")
        #expect(article.stances.map { "\($0.actor) \($0.issue) \($0.polarity)" } == ["norway deal support", "sweden deal oppose"])
    }

    @Test("A sentence that ends in a demonym (found by fuzzing) reads; the demonym is no actor")
    func trailingDemonym() throws {
        let article = try ArticleReader().read(text: "E\n\nMr. Smith, was unveiled, German\n\nGermany backs Poland.\n", source: "t")
        #expect(article.actors.map(\.id) == ["smith", "germany", "poland"])
    }

    @Test("Words outside a sentence read as empty, and ranges are clamped to it")
    func wordListBounds() {
        let words = WordList(["france", "backs", "it"])
        #expect(words[-1] == "" && words[3] == "" && words[1] == "backs")
        #expect(Array(words[2..<9]) == ["it"])
        #expect(Array(words[..<2]) == ["france", "backs"])
    }
}
