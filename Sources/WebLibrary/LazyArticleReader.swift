import ArticleModel
import Synchronization

/// An article reader made on first use and then shared: the bundled lexicon loads in the
/// background until something is first analysed.
public final class LazyArticleReader: Sendable {
    private let make: @Sendable () -> ArticleReader
    private let made = Mutex<ArticleReader?>(nil)

    public init(_ make: @escaping @Sendable () -> ArticleReader) {
        self.make = make
    }

    public var reader: ArticleReader {
        made.withLock { made in
            if let made { return made }
            let reader = make()
            made = reader
            return reader
        }
    }
}
