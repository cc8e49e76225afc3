import ArticleModel
import Fetch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Time limits for URL arguments, from `--connect-timeout` and `--timeout`.
struct WebTimeouts: Sendable {
    var connect: Duration = .seconds(10)
    var total: Duration = .seconds(30)
}

/// URL arguments (`http://...`, `https://...`): fetched together, each once, before the other
/// paths are read, with the validators kept from an earlier fetch (conditional GET).
enum URLArguments {
    /// The fetch settings for Parley: the article size limit, and a User-Agent with its version.
    static func configuration(_ timeouts: WebTimeouts) -> FetchConfiguration {
        FetchConfiguration(
            connectTimeout: timeouts.connect,
            totalTimeout: timeouts.total,
            sizeLimit: ArticleReader.sizeLimit,
            userAgent: FetchConfiguration.userAgent(version: Parley.version)
        )
    }

    /// Where validators and last bodies are kept: `$XDG_CACHE_HOME/parley/http`.
    static var store: FileValidatorStore? {
        FileValidatorStore.standard(environment: Environment.values("XDG_CACHE_HOME", "HOME"))
    }

    /// Each distinct URL's result. Nothing is set up when there are none. While they are
    /// fetched, a progress line is kept on standard error when it is a terminal.
    static func fetch(_ urls: [String], timeouts: WebTimeouts) -> [String: Result<FetchedResource, FetchError>] {
        guard !urls.isEmpty else { return [:] }
        let distinct = urls.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let store = self.store
        let line = isatty(STDERR_FILENO) == 1 ? FetchProgressLine(urls: distinct) : nil
        let results = Fetcher.run(configuration: configuration(timeouts)) { fetcher in
            await withTaskGroup(of: (String, Result<FetchedResource, FetchError>).self) { group in
                for url in distinct {
                    group.addTask {
                        let progress: @Sendable (Int) -> Void = { line?.received(url: url, bytes: $0) }
                        do throws(FetchError) {
                            if let store { return (url, .success(try await fetcher.fetch(url: url, store: store, progress: progress))) }
                            return (url, .success(try await fetcher.fetch(url: url, progress: progress)))
                        } catch {
                            return (url, .failure(error))
                        }
                    }
                }
                var results: [String: Result<FetchedResource, FetchError>] = [:]
                for await (url, result) in group {
                    results[url] = result
                    line?.finished(url: url)
                }
                return results
            }
        }
        line?.clear()
        StartupTimer.lap("fetched")
        return results
    }
}
