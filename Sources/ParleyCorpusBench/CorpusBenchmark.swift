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
        print("\(contents.count) articles, \(String(format: "%.2f", megabytes)) MB, one thread")
        for (name, reader) in [("import + actors", actorsOnly), ("import + actors + stances", whole)] {
            var actors = 0, stances = 0, refused = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for bytes in contents {
                guard let article = try? reader.read(bytes: bytes, source: "") else {
                    refused += 1
                    continue
                }
                actors += article.actors.count
                stances += article.stances.count
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(String(format: "%-26@ %6.3f s  %7.0f articles/s  %5.2f MB/s  (%d actors, %d stances, %d refused)",
                         name as NSString, seconds, Double(contents.count) / seconds, megabytes / seconds, actors, stances, refused))
        }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        print(String(format: "peak memory: %.0f MiB", Double(usage.ru_maxrss) / 1024))
    }

    static func articleFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }
}
