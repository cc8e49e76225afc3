import Analysis
import ArticleModel
import Export
import Foundation

/// How long the actors x issues matrix across articles takes to build from analyses already
/// made (as a library caches them): over the BBC corpus, over the corpus repeated to 10,000
/// articles, and over 10,000 synthetic articles. Also times the exports over the largest set.
/// A benchmark, not a test: run by `.ci/across-benchmark` in a release build.
@main
struct AcrossBenchmark {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        let libraryOnly = arguments.contains("--library-only")
        let folder = arguments.first { $0 != "--library-only" }
        print("CPU time of one thread, fastest of 7 passes after a first pass (median in brackets)")
        var sets: [(String, [Article])] = []
        if let folder {
            let real = analysedCorpus(folder)
            if !real.isEmpty {
                sets.append(("BBC corpus, \(real.count) articles", real))
                sets.append(("BBC corpus repeated, 10,000 articles", repeated(real, to: 10_000)))
            }
        }
        if libraryOnly, let corpus = sets.first?.1 {
            LibraryLoadBenchmark.run(corpus: corpus)
            return
        }
        var generator = SyntheticLibrary(seed: 2026)
        let synthetic = generator.articles(10_000)
        sets.append(("synthetic, 10,000 articles", synthetic))
        for (name, articles) in sets {
            let stances = articles.reduce(0) { $0 + $1.stances.count }
            let actors = articles.reduce(0) { $0 + $1.actors.count }
            var matrix: CrossMatrix?
            let (fastest, median) = time { matrix = CrossMatrix(articles: articles) }
            let built = matrix!
            print(String(format: "%@  matrix %6.1f ms (%6.1f)  %d stances, %d actor entries -> %d actors x %d issues, %d cells",
                         name.padding(toLength: 38, withPad: " ", startingAt: 0) as NSString, fastest * 1000, median * 1000, stances, actors,
                         built.rows.count, built.columns.count, built.rows.reduce(0) { row, actor in row + built.columns.filter { built.cell(actor: actor, issue: $0) != nil }.count }))
        }
        if let (_, largest) = sets.first(where: { $0.0.hasPrefix("BBC corpus repeated") }) ?? sets.last {
            let matrix = CrossMatrix(articles: largest)
            let builder = NetworkBuilder(matrix: matrix)
            print("exports over the same 10,000 articles:")
            report("  CSV stance table") { _ = StanceTable(matrix: matrix).csv() }
            for kind in Network.Kind.allCases {
                report("  GraphML \(kind.rawValue)") { _ = GraphMLWriter.write(builder.network(kind)) }
            }
            report("  actor timeline (most mentioned)") {
                let busiest = matrix.actors.indices.max { matrix.actors[$0].articles.count < matrix.actors[$1].articles.count }!
                _ = matrix.timeline(actor: busiest)
            }
        }
        if let corpus = sets.first(where: { $0.0.hasPrefix("BBC corpus,") })?.1 {
            print("the matrix from the cached analyses of a library file (10,000 articles: the corpus repeated):")
            LibraryLoadBenchmark.run(corpus: corpus)
        }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        print(String(format: "peak memory: %.0f MiB", Double(usage.ru_maxrss) / 1024))
    }

    static func report(_ name: String, _ body: () -> Void) {
        let (fastest, median) = time(body)
        print(String(format: "%@ %7.1f ms (%7.1f)", name.padding(toLength: 36, withPad: " ", startingAt: 0) as NSString, fastest * 1000, median * 1000))
    }

    /// The fastest and the median of seven timed passes after a first one, in seconds; the
    /// first (which also looks up every word of every label in WordNet) is printed.
    static func time(passes: Int = 7, _ body: () -> Void) -> (Double, Double) {
        let first = threadCPUNanoseconds()
        body()
        print(String(format: "    (first pass %.1f ms)", Double(threadCPUNanoseconds() - first) / 1e6))
        var times: [Double] = []
        for _ in 0..<passes {
            let start = threadCPUNanoseconds()
            body()
            times.append(Double(threadCPUNanoseconds() - start) / 1e9)
        }
        times.sort()
        return (times[0], times[passes / 2])
    }

    /// As `time`, for a body whose result is freed only after the clock stops: freeing the
    /// last pass's 10,000 articles is no part of reading them.
    static func timeKeeping<T>(passes: Int = 7, _ body: () -> T) -> (Double, Double) {
        let first = threadCPUNanoseconds()
        var kept: T? = body()
        print(String(format: "    (first pass %.1f ms)", Double(threadCPUNanoseconds() - first) / 1e6))
        var times: [Double] = []
        for _ in 0..<passes {
            kept = nil
            let start = threadCPUNanoseconds()
            kept = body()
            times.append(Double(threadCPUNanoseconds() - start) / 1e9)
        }
        _ = kept
        times.sort()
        return (times[0], times[passes / 2])
    }

    static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Every `.txt` file under the folder through the article model, on every core (not timed).
    static func analysedCorpus(_ folder: String) -> [Article] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        let files = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted()
        let reader = ArticleReader()
        let results = UnsafeMutableBufferPointer<Article?>.allocate(capacity: files.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            guard let data = FileManager.default.contents(atPath: folder + "/" + files[index]) else { return }
            slots[index] = try? reader.read(bytes: [UInt8](data), source: files[index])
        }
        return results.compactMap { $0 }
    }

    /// The articles over and over, each copy under a source of its own, up to `count`.
    static func repeated(_ articles: [Article], to count: Int) -> [Article] {
        (0..<count).map { number in
            var copy = articles[number % articles.count]
            copy.source = "copy-\(number / articles.count)/" + copy.source
            return copy
        }
    }
}
