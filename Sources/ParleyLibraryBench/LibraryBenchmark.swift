import Store
#if canImport(Glibc)
import Glibc
#endif

/// `parley-library-bench LIBRARY QUERY...`: how long each library search takes once the library
/// is open (run by `.ci/library-benchmark`): the median and slowest of 21 runs of each query
/// as the reader makes it (the best 50 with their snippets, and the count of all), after one
/// untimed run, with the number of articles found.
@main
enum LibraryBenchmark {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.count >= 2 else {
            FileAccessBench.fail("usage: parley-library-bench LIBRARY QUERY...")
        }
        let store: LibraryStore
        do {
            store = try LibraryStore(path: arguments[0], modelVersion: "benchmark", create: false)
        } catch {
            FileAccessBench.fail(error.description)
        }
        for query in arguments.dropFirst() {
            let parsed = LibraryQuery(parsing: query)
            do {
                let found = try store.count(parsed)
                var times: [Double] = []
                for _ in 0..<21 {
                    let start = ContinuousClock.now
                    _ = try store.search(parsed)
                    _ = try store.count(parsed)
                    let elapsed = ContinuousClock.now - start
                    times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1_000)
                }
                times.sort()
                print("\(query)\t\(found)\t\(format(times[times.count / 2]))\t\(format(times.last!))")
            } catch {
                FileAccessBench.fail(error.description)
            }
        }
    }

    static func format(_ milliseconds: Double) -> String {
        let tenths = Int((milliseconds * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// One line on standard error and exit status 1.
enum FileAccessBench {
    static func fail(_ message: String) -> Never {
        let line = Array("parley-library-bench: \(message)\n".utf8)
        _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        exit(1)
    }
}
