/// The last response kept for a URL, so that the next fetch can be conditional and a
/// 304 Not Modified can show the same page again.
public struct StoredResponse: Sendable, Equatable {
    /// The URL asked for (the key).
    public var url: String
    /// Where it ended up after redirects.
    public var finalURL: String
    public var contentType: String?
    public var charset: String?
    public var validators: Validators
    public var body: [UInt8]

    public init(url: String, finalURL: String, contentType: String?, charset: String?, validators: Validators, body: [UInt8]) {
        self.url = url
        self.finalURL = finalURL
        self.contentType = contentType
        self.charset = charset
        self.validators = validators
        self.body = body
    }
}

/// Where validators and last bodies are kept between runs. A cache: anything it cannot read is
/// treated as absent, and failing to save is never an error. The library database (issue 13)
/// is meant to replace the file store behind this protocol.
public protocol ValidatorStore: Sendable {
    func load(url: String) -> StoredResponse?
    func save(_ response: StoredResponse)
    func remove(url: String)
}

extension Fetcher {
    /// Fetches `url` conditionally: sends the validators stored for it, gives the stored body
    /// back on 304 Not Modified (with `notModified` set), and stores a new response that
    /// carries validators. `progress` hears the body bytes received so far.
    public func fetch(url: String, store: some ValidatorStore, progress: (@Sendable (Int) -> Void)? = nil) async throws(FetchError) -> FetchedResource {
        let stored = store.load(url: url)
        var resource = try await fetch(url: url, validators: stored?.validators, progress: progress)
        if resource.notModified {
            guard let stored else { throw .notModifiedWithoutCopy }
            resource.body = stored.body
            resource.finalURL = stored.finalURL
            resource.contentType = stored.contentType
            resource.charset = stored.charset
            // A 304 may carry newer validators (RFC 9111 4.3.4): keep them for next time.
            if resource.validators.isEmpty {
                resource.validators = stored.validators
            } else if resource.validators != stored.validators {
                var updated = stored
                updated.validators = resource.validators
                store.save(updated)
            }
            return resource
        }
        if resource.validators.isEmpty {
            if stored != nil { store.remove(url: url) }
        } else {
            store.save(StoredResponse(
                url: url, finalURL: resource.finalURL, contentType: resource.contentType,
                charset: resource.charset, validators: resource.validators, body: resource.body
            ))
        }
        return resource
    }
}
