import ArticleModel
import Fetch

/// Time limits for URL arguments, from `--connect-timeout` and `--timeout`.
struct WebTimeouts: Sendable {
    var connect: Duration = .seconds(10)
    var total: Duration = .seconds(30)
}

/// URL arguments (`http://...`, `https://...`): fetched together, each once, before the other
/// paths are read, with the validators kept from an earlier fetch (conditional GET).
extension WebSources {
    /// The fetch settings for Parley: the article size limit, and a User-Agent with its version.
    static func configuration(_ timeouts: WebTimeouts) -> FetchConfiguration {
        FetchConfiguration(
            connectTimeout: timeouts.connect,
            totalTimeout: timeouts.total,
            sizeLimit: ArticleReader.sizeLimit,
            userAgent: FetchConfiguration.userAgent(version: Parley.version)
        )
    }

    /// Each distinct URL's result. Nothing is set up when there are none.
    static func fetch(_ urls: [String], timeouts: WebTimeouts) -> [String: Result<FetchedResource, FetchError>] {
        guard !urls.isEmpty else { return [:] }
        let distinct = Array(Set(urls))
        let store = FileValidatorStore.standard(environment: Environment.values("XDG_CACHE_HOME", "HOME"))
        let results = Fetcher.run(configuration: configuration(timeouts)) { fetcher in
            await withTaskGroup(of: (String, Result<FetchedResource, FetchError>).self) { group in
                for url in distinct {
                    group.addTask {
                        do throws(FetchError) {
                            if let store { return (url, .success(try await fetcher.fetch(url: url, store: store))) }
                            return (url, .success(try await fetcher.fetch(url: url)))
                        } catch {
                            return (url, .failure(error))
                        }
                    }
                }
                var results: [String: Result<FetchedResource, FetchError>] = [:]
                for await (url, result) in group { results[url] = result }
                return results
            }
        }
        StartupTimer.lap("fetched")
        return results
    }
}
