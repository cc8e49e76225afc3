import Analysis
import ArticleModel
import Corrections
import Foundation
import Store

/// The matrix from a real library file, as `M` and `parley export` make it: 10,000 articles
/// stored with their cached analyses and a few of an analyst's corrections, then read back
/// (every analysis decoded, the corrections laid over it) and put in the matrix. Times the
/// articles read one by one (two queries each, as before) and all together in one read.
enum LibraryLoadBenchmark {
    static func run(corpus: [Article], count: Int = 10_000) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-across-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("library.sqlite").path
        do {
            let store = try LibraryStore(path: path, modelVersion: "across-bench")
            try fill(store, from: corpus, count: count)
            let ids = try store.articleIDs(matching: nil)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            print(String(format: "library file of %d articles with their analyses: %.1f MB, %d corrections", ids.count, Double(size) / 1e6,
                         try store.corrections().count))
            let unanalysed: (PreparedArticle, String) -> Article = { _, source in fatalError("\(source) has no cached analysis") }
            let (oneByOne, oneByOneMedian) = AcrossBenchmark.timeKeeping(passes: 3) {
                CrossMatrix(articles: ids.map { try! store.correctedArticle(id: $0, analyse: unanalysed).article })
            }
            print(String(format: "  read one by one + matrix      %7.1f ms (%7.1f)  CPU, 3 passes", oneByOne * 1000, oneByOneMedian * 1000))
            let (load, loadMedian) = AcrossBenchmark.timeKeeping {
                try! store.correctedArticles(ids: ids, analyse: unanalysed)
            }
            print(String(format: "  read together                 %7.1f ms (%7.1f)  CPU", load * 1000, loadMedian * 1000))
            let (both, bothMedian) = AcrossBenchmark.timeKeeping {
                CrossMatrix(articles: try! store.correctedArticles(ids: ids, analyse: unanalysed).map(\.article.article))
            }
            print(String(format: "  read together + matrix        %7.1f ms (%7.1f)  CPU", both * 1000, bothMedian * 1000))
            var matrix: CrossMatrix?
            let wall = (0..<7).map { _ -> Double in
                matrix = nil
                let start = DispatchTime.now().uptimeNanoseconds
                matrix = CrossMatrix(articles: try! store.correctedArticles(ids: ids, analyse: unanalysed).map(\.article.article))
                return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            }.sorted()
            print(String(format: "  read together + matrix        %7.1f ms (%7.1f)  wall clock", wall[0] * 1000, wall[3] * 1000))
            if let built = matrix {
                print("  matrix: \(built.rows.count) actors x \(built.columns.count) issues over \(built.articles.count) articles")
            }
        } catch {
            print("library benchmark failed: \(error)")
        }
    }

    /// `count` articles made from the corpus (each copy's title marked, so that every one is a
    /// document of its own), added with the corpus's analyses in batches, dated a day apart,
    /// and a few corrections: five actors renamed across the library, and a cell decided in every
    /// 400th article that has a stance (ten in the BBC corpus repeated).
    static func fill(_ store: LibraryStore, from corpus: [Article], count: Int) throws {
        var analyses: [String: Article] = [:]
        var batch: [Addition] = []
        for number in 0..<count {
            let original = corpus[number % corpus.count]
            let copy = number / corpus.count
            var analysed = original
            analysed.title = copy == 0 ? original.title : "\(original.title) (copy \(copy))"
            analysed.source = "/bench/\(copy)/\(original.source)"
            guard let prepared = try? PreparedArticle(title: analysed.title, paragraphs: original.substrings(original.paragraphs), captions: original.captions),
                  prepared.body == original.text else { continue }
            analyses[analysed.source] = analysed
            batch.append(Addition(source: analysed.source, prepared: prepared, date: Timestamp.iso(1_700_000_000 + number * 86_400)))
            if batch.count == 500 || number == count - 1 {
                _ = try store.add(batch) { analyses[$1]! }
                batch = []
            }
        }
        let time = Timestamp.iso(1_800_000_000)
        var mentioned: [String: Int] = [:]
        for article in corpus { for actor in article.actors { mentioned[actor.id, default: 0] += 1 } }
        for id in mentioned.keys.sorted(by: { (mentioned[$0]!, $1) > (mentioned[$1]!, $0) }).prefix(5) {
            try store.record(Correction(action: .renameActor(actor: id, name: id.uppercased()), article: nil, decidedAt: time), article: nil)
        }
        let ids = try store.articleIDs(matching: nil)
        var decided = 0
        for (position, id) in ids.enumerated() where position % 400 == 0 && decided < 20 {
            let article = try store.article(id: id) { _, _ in fatalError("no cached analysis") }
            guard let stance = article.stances.first, let issue = article.issue(id: stance.issue),
                  let sentence = stance.evidence.first.map({ article.substrings([article.sentences[$0.sentence].range])[0] }) else { continue }
            let action = Correction.Action.setCell(actor: stance.actor, issue: IssueAnchor(issue, matcher: IssueMatcher()), polarity: .neutral)
            try store.record(Correction(action: action, article: nil, sentences: [sentence], decidedAt: time), article: id)
            decided += 1
        }
    }
}
