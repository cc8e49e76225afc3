import ArticleModel
import WebImport

/// The fuzz target: any bytes go through the whole article model, and through the web page and
/// feed importers into the article model as `parley` uses them; none may crash.
///
/// Built with `-sanitize=fuzzer` (see `.ci/fuzz`), libFuzzer calls this for every input it
/// makes. Built normally, `parley-fuzz FILE...` replays saved inputs through the same path.
@_cdecl("LLVMFuzzerTestOneInput")
public func parleyFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    FuzzedArticle.check(bytes)
    FuzzedArticle.checkWeb(bytes)
    return 0
}

/// What every input must satisfy: it reads, or is refused with an ImportError; and what it
/// reads is consistent (every range inside the text, every stance naming known ids).
enum FuzzedArticle {
    static let reader = ArticleReader()

    static func check(_ bytes: [UInt8]) {
        guard let article = try? reader.read(bytes: bytes, source: "fuzz") else { return }
        checkConsistency(article)
    }

    /// The bytes as a page and as a feed: what is extracted is laid out and analysed as the
    /// `parley` command does, and must be as consistent as a plain-text article.
    static func checkWeb(_ bytes: [UInt8]) {
        let page = ArticleExtractor.extract(bytes: bytes, contentType: nil, url: "https://example.org/a/b.html")
        for text in page.paragraphs + page.captions + [page.title] {
            precondition(!text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.contains("  "), "white space not collapsed")
        }
        analyse(title: page.title, paragraphs: page.paragraphs, captions: page.captions)
        guard let feed = try? WebImporter.readFeed(bytes: bytes, contentType: nil, url: "https://example.org/feed") else { return }
        for item in feed.items {
            precondition(!item.title.isEmpty, "an item without a title")
            if let date = item.published { precondition(date.count == 20 && date.hasSuffix("Z"), "date not ISO 8601: \(date)") }
            analyse(title: item.title, paragraphs: item.body.paragraphs, captions: item.body.captions)
        }
    }

    private static func analyse(title: String, paragraphs: [String], captions: [String]) {
        guard let prepared = try? PreparedArticle(title: title, paragraphs: paragraphs, captions: captions) else { return }
        checkConsistency(reader.analyse(prepared, source: "fuzz"))
    }

    static func checkConsistency(_ article: Article) {
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
            FuzzedArticle.checkWeb([UInt8](data))
            print("ok \(path)")
        }
    }
}
#endif
