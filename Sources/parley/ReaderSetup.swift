import ArticleModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds the article reader with the user's lexicon added, when there is one.
enum ReaderSetup {
    /// `$XDG_CONFIG_HOME/parley/actors.toml` (or `~/.config/parley/actors.toml`).
    static var userLexiconPath: String? {
        if let config = Environment.value("XDG_CONFIG_HOME"), !config.isEmpty { return config + "/parley/actors.toml" }
        if let home = Environment.value("HOME"), !home.isEmpty { return home + "/.config/parley/actors.toml" }
        return nil
    }

    /// The reader; a malformed user lexicon is reported in one line and the bundled one used.
    static func articleReader() throws -> ArticleReader {
        guard let path = userLexiconPath, FileAccess.kind(of: path) != .missing, let data = FileAccess.read(path, limit: 16 << 20) else {
            return ArticleReader()
        }
        do {
            let lexicon = try Lexicon.bundled.merging(userTOML: String(decoding: data, as: UTF8.self), path: path)
            return ArticleReader(lexicon: lexicon)
        } catch {
            Diagnostics.warn("\(error.description) (using the bundled lexicon)")
            return ArticleReader()
        }
    }
}
