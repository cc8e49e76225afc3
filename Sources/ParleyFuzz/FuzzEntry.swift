import ArticleModel

/// The fuzz target: any bytes go through the whole article model, which must never crash.
///
/// Built with `-sanitize=fuzzer` (see `.ci/fuzz`), libFuzzer calls this for every input it
/// makes. Built normally, `parley-fuzz FILE...` replays saved inputs through the same path.
@_cdecl("LLVMFuzzerTestOneInput")
public func parleyFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    FuzzedArticle.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// What every input must satisfy: it reads, or is refused with an ImportError; and what it
/// reads is consistent (every range inside the text, every stance naming known ids).
enum FuzzedArticle {
    static let reader = ArticleReader()

    static func check(_ bytes: [UInt8]) {
        guard let article = try? reader.read(bytes: bytes, source: "fuzz") else { return }
        let length = article.text.unicodeScalars.count
        for actor in article.actors {
            for mention in actor.mentions {
                precondition(mention.range.lowerBound >= 0 && mention.range.upperBound <= length, "mention out of range")
                precondition(article.substring(mention.range) == mention.text, "mention text differs")
            }
        }
        for sentence in article.sentences {
            precondition(sentence.range.upperBound <= length, "sentence out of range")
        }
        for stance in article.stances {
            precondition(article.actor(id: stance.actor) != nil && article.issue(id: stance.issue) != nil, "dangling stance")
        }
        _ = StanceMatrix(article: article)
    }
}

#if PARLEY_LIBFUZZER
/// libFuzzer's driver, called from the entry point SwiftPM names for this executable
/// (`parley_fuzz_main`), so that libFuzzer's own `main` is not needed.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("parley_fuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in parleyFuzzOneInput(data, size) }
}
#else
import Foundation

/// Replays inputs saved by the fuzzer (or any files) through the fuzz target.
@main
struct ReplayFuzzInputs {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("parley-fuzz: \(path): cannot read\n".utf8))
                exit(1)
            }
            FuzzedArticle.check([UInt8](data))
            print("ok \(path)")
        }
    }
}
#endif
