import ArticleModel
import Foundation

/// Reads every `.txt` file under a folder through the article model, twice: import and actors
/// only, then the whole model (issues and stances too), and prints articles/s, MB/s and the
/// peak memory. A benchmark, not a test: run by `.ci/corpus-benchmark` in a release build.
@main
struct CorpusBenchmark {
    static func main() {
        guard CommandLine.arguments.count == 2 else {
            FileHandle.standardError.write(Data("usage: parley-corpus-bench FOLDER\n".utf8))
            exit(2)
        }
        let files = articleFiles(under: CommandLine.arguments[1])
        guard !files.isEmpty else {
            FileHandle.standardError.write(Data("parley-corpus-bench: no .txt files under \(CommandLine.arguments[1])\n".utf8))
            exit(1)
        }
        // Read the files and build the lexicon first: neither is what is being timed.
        let contents = files.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        let megabytes = Double(contents.reduce(0) { $0 + $1.count }) / 1_048_576
        var actorsOnly = ArticleReader()
        actorsOnly.extractsStances = false
        let whole = ArticleReader()
        print("\(contents.count) articles, \(String(format: "%.2f", megabytes)) MB, one thread, CPU time, fastest of 5 passes")
        // One untimed pass first: the first articles also pay for lazily built tables and for
        // growing the allocator's heap, which is start-up cost, not reading cost.
        for bytes in contents { _ = try? whole.read(bytes: bytes, source: "") }
        for (name, reader) in [("import + actors", actorsOnly), ("import + actors + stances", whole)] {
            // CPU time of this thread, the fastest of five passes: on a shared machine, wall
            // time also measures other people's work.
            var actors = 0, stances = 0, refused = 0, seconds = Double.infinity
            for _ in 0..<5 {
                actors = 0
                stances = 0
                refused = 0
                let start = threadCPUNanoseconds()
                for bytes in contents {
                    guard let article = try? reader.read(bytes: bytes, source: "") else {
                        refused += 1
                        continue
                    }
                    actors += article.actors.count
                    stances += article.stances.count
                }
                seconds = min(seconds, Double(threadCPUNanoseconds() - start) / 1e9)
            }
            print(String(format: "%@ %6.3f s  %7.0f articles/s  %5.2f MB/s  (%d actors, %d stances, %d refused)",
                         name.padding(toLength: 26, withPad: " ", startingAt: 0) as NSString, seconds, Double(contents.count) / seconds, megabytes / seconds, actors, stances, refused))
        }
        printStages(contents, reader: whole)
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        print(String(format: "peak memory: %.0f MiB", Double(usage.ru_maxrss) / 1024))
    }

    /// Where the time goes: each stage of `ArticleReader.read` on its own, summed over the corpus.
    static func printStages(_ contents: [[UInt8]], reader: ArticleReader) {
        var decode: UInt64 = 0, layout: UInt64 = 0, analysis: UInt64 = 0, actors: UInt64 = 0, stances: UInt64 = 0
        for bytes in contents {
            var start = threadCPUNanoseconds()
            func lap(_ total: inout UInt64) {
                let now = threadCPUNanoseconds()
                total += now - start
                start = now
            }
            guard let (text, _) = try? TextDecoding.decode(bytes) else { continue }
            lap(&decode)
            let parsed = PlainTextLayout(parsing: text)
            lap(&layout)
            var body = "", paragraphs: [Range<Int>] = [], offset = 0
            for paragraph in parsed.paragraphs {
                if !body.isEmpty { body += "\n\n"; offset += 2 }
                let length = paragraph.unicodeScalars.count
                paragraphs.append(offset..<(offset + length))
                body += paragraph
                offset += length
            }
            let analyzed = AnalyzedText(text: body, paragraphs: paragraphs)
            lap(&analysis)
            let found = reader.recognizer.recognize(analyzed)
            lap(&actors)
            _ = reader.extractor.extract(analyzed, actors: found.actors, spans: found.spans)
            lap(&stances)
        }
        let stages = [("decode", decode), ("layout", layout), ("sentences + tokens", analysis), ("actors", actors), ("issues + stances", stances)]
        print("stages: " + stages.map { String(format: "%@ %.3f s", $0.0, Double($0.1) / 1e9) }.joined(separator: ", "))
    }

    static func threadCPUNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func articleFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }
}
