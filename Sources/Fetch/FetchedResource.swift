/// What a server said about a resource's version: sent back on the next fetch so that an
/// unchanged page costs a 304 and no body.
public struct Validators: Sendable, Equatable {
    /// The `ETag` header, exactly as sent (quotes and `W/` included).
    public var entityTag: String?
    /// The `Last-Modified` header, exactly as sent.
    public var lastModified: String?

    public init(entityTag: String? = nil, lastModified: String? = nil) {
        self.entityTag = entityTag
        self.lastModified = lastModified
    }

    /// True when there is nothing to send back.
    public var isEmpty: Bool { entityTag == nil && lastModified == nil }
}

/// A fetched web resource: where it ended up, what it is, and its bytes.
public struct FetchedResource: Sendable, Equatable {
    /// The URL that was asked for.
    public var requestedURL: String
    /// The URL after redirects.
    public var finalURL: String
    /// The HTTP status of the final response (200, or 304 when not modified).
    public var status: Int
    /// The media type from `Content-Type`, lower-cased and without parameters (`text/html`).
    public var contentType: String?
    /// The `charset` parameter of `Content-Type` as the server gave it, right or wrong.
    public var charset: String?
    /// The body, decompressed. Empty for a 304 from `Fetcher.fetch`; the stored copy's body
    /// when it comes through a `ValidatorStore`.
    public var body: [UInt8]
    /// The validators to send next time.
    public var validators: Validators
    /// True when the server answered 304 Not Modified.
    public var notModified: Bool

    public init(
        requestedURL: String, finalURL: String, status: Int, contentType: String?, charset: String?,
        body: [UInt8], validators: Validators, notModified: Bool
    ) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.status = status
        self.contentType = contentType
        self.charset = charset
        self.body = body
        self.validators = validators
        self.notModified = notModified
    }
}
