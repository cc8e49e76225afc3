import ArticleModel
import WebLibrary
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

    /// The model version analyses are stored under: the bundled model's, with the user's
    /// lexicon's bytes hashed in when there is one (it changes what the model finds).
    static func modelVersion() -> String {
        guard let path = userLexiconPath, FileAccess.kind(of: path) != .missing, let data = FileAccess.read(path, limit: 16 << 20) else {
            return ModelVersion.bundled
        }
        return ModelVersion.with(userLexicon: data)
    }

    /// The reader, built when first asked for: the bundled lexicon loads in the background
    /// meanwhile. The user lexicon is read and checked now, so that a malformed one is reported
    /// in one line (and the bundled one used) before the terminal is taken over.
    static func articleReader() -> LazyArticleReader {
        guard let path = userLexiconPath, FileAccess.kind(of: path) != .missing, let data = FileAccess.read(path, limit: 16 << 20) else {
            return LazyArticleReader { ArticleReader() }
        }
        do {
            let user = try UserLexicon(toml: String(decoding: data, as: UTF8.self), path: path)
            return LazyArticleReader { ArticleReader(lexicon: Lexicon.bundled.merging(user)) }
        } catch {
            Diagnostics.warn("\(error.description) (using the bundled lexicon)")
            return LazyArticleReader { ArticleReader() }
        }
    }
}
