import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import NIOSSL
import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 and a port the kernel picks, started by a test: each
/// request goes to the test's `route`, which says what to answer. It records the requests it
/// saw and counts the bytes it sent, so tests can check what the client asked for and that it
/// stopped reading. Needs no network beyond the loopback interface.
public final class LocalHTTPServer: Sendable {
    /// A request as the server saw it.
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [(name: String, value: String)]

        /// The first value of a header, by case-insensitive name.
        public func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    /// A complete answer.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(name: String, value: String)]
        public var body: [UInt8]
        /// Send the body chunked, without a Content-Length.
        public var chunked: Bool
        /// Compress the body with gzip (when the client accepts it).
        public var gzip: Bool

        public init(status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = [], chunked: Bool = false, gzip: Bool = false) {
            self.status = status
            self.headers = headers
            self.body = body
            self.chunked = chunked
            self.gzip = gzip
        }

        /// 200 with a body and a Content-Type header (none when nil).
        public static func ok(_ body: String, contentType: String? = "text/plain; charset=utf-8") -> Response {
            Response(headers: contentType.map { [("Content-Type", $0)] } ?? [], body: Array(body.utf8))
        }

        /// A redirect to `location` (absolute, or relative to this server).
        public static func redirect(to location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location)])
        }
    }

    /// What the server does with a request.
    public enum Reply: Sendable {
        case respond(Response)
        /// Keep the connection open and never answer.
        case neverAnswer
        /// A 200 whose chunked body never ends (until the client goes, or 256 MB).
        case endless(contentType: String)
        /// The response, sent after a pause: for seeing what a client shows while it waits.
        case delayed(Response, milliseconds: Int64)
    }

    public let port: Int
    /// True when the server speaks HTTPS (with a self-signed certificate nothing trusts).
    public let isSecure: Bool
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let state: State

    final class State: Sendable {
        let route: @Sendable (Request) -> Reply
        let seen = Mutex<[Request]>([])
        let sent = Atomic<Int>(0)

        init(route: @escaping @Sendable (Request) -> Reply) {
            self.route = route
        }
    }

    /// Starts a server that answers every request with `route`; over TLS when `secure`, with
    /// `TestCertificate`. Call `stop()` when done.
    public init(secure: Bool = false, route: @escaping @Sendable (Request) -> Reply) throws {
        let tls = try secure ? NIOSSLContext(configuration: .makeServerConfiguration(
            certificateChain: [.certificate(NIOSSLCertificate(bytes: Array(TestCertificate.certificate.utf8), format: .pem))],
            privateKey: .privateKey(NIOSSLPrivateKey(bytes: Array(TestCertificate.privateKey.utf8), format: .pem))
        )) : nil
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let state = State(route: route)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    try pipeline.addHandler(ByteCounter(state: state))
                    if let tls { try pipeline.addHandler(NIOSSLServerHandler(context: tls)) }
                    try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
                    try pipeline.addHandler(HTTPResponseCompressor(responseCompressionPredicate: { head, _ in
                        let wanted = head.headers.contains(name: LocalHTTPServer.gzipMarker)
                        head.headers.remove(name: LocalHTTPServer.gzipMarker)
                        return wanted ? .compressIfPossible : .doNotCompress
                    }))
                    try pipeline.addHandler(RequestHandler(state: state))
                }
            }
        do {
            channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
        self.group = group
        self.state = state
        self.isSecure = secure
        self.port = channel.localAddress?.port ?? 0
    }

    /// `http://127.0.0.1:PORT` (or `https://`) followed by `path`.
    public func url(_ path: String = "/") -> String {
        "\(isSecure ? "https" : "http")://127.0.0.1:\(port)\(path)"
    }

    /// The requests received so far, in order.
    public var requests: [Request] { state.seen.withLock { $0 } }

    /// Bytes written to clients so far (headers included, after compression).
    public var bytesSent: Int { state.sent.load(ordering: .relaxed) }

    /// Closes the listening socket and every connection, and stops the server's thread.
    public func stop() {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// Closes everything, from async code.
    public func stop() async {
        try? await channel.close().get()
        try? await group.shutdownGracefully()
    }

    /// Runs `body` with a started server, and stops the server afterwards.
    public static func with<Value>(
        secure: Bool = false,
        route: @escaping @Sendable (Request) -> Reply,
        _ body: (LocalHTTPServer) async throws -> Value
    ) async throws -> Value {
        let server = try await Task.detached { try LocalHTTPServer(secure: secure, route: route) }.value
        do {
            let value = try await body(server)
            await server.stop()
            return value
        } catch {
            await server.stop()
            throw error
        }
    }

    static let gzipMarker = "X-Local-Server-Gzip"
}

/// Counts the bytes the server writes to the socket.
private final class ByteCounter: ChannelOutboundHandler {
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer
    let state: LocalHTTPServer.State

    init(state: LocalHTTPServer.State) {
        self.state = state
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        state.sent.add(unwrapOutboundIn(data).readableBytes, ordering: .relaxed)
        context.write(data, promise: promise)
    }
}

/// Collects a request, asks the route, and writes the reply; each connection serves one request.
private final class RequestHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart
    let state: LocalHTTPServer.State
    var head: HTTPRequestHead?

    init(state: LocalHTTPServer.State) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
        case .body:
            break
        case .end:
            guard let head else { return }
            let request = LocalHTTPServer.Request(method: head.method.rawValue, path: head.uri, headers: head.headers.map { ($0.name, $0.value) })
            state.seen.withLock { $0.append(request) }
            answer(state.route(request), context: context)
        }
    }

    private func answer(_ reply: LocalHTTPServer.Reply, context: ChannelHandlerContext) {
        switch reply {
        case .neverAnswer:
            return
        case .delayed(let response, let milliseconds):
            context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(milliseconds)) {
                self.answer(.respond(response), context: context)
            }
        case .respond(let response):
            var headers = HTTPHeaders(response.headers.map { ($0.name, $0.value) })
            headers.replaceOrAdd(name: "Connection", value: "close")
            if response.gzip { headers.add(name: LocalHTTPServer.gzipMarker, value: "1") }
            if response.chunked {
                headers.replaceOrAdd(name: "Transfer-Encoding", value: "chunked")
            } else if !headers.contains(name: "Content-Length") {
                headers.add(name: "Content-Length", value: String(response.body.count))
            }
            let status = HTTPResponseStatus(statusCode: response.status)
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
            if !response.body.isEmpty {
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: response.body)))), promise: nil)
            }
            context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
                context.close(promise: nil)
            }
        case .endless(let contentType):
            let headers = HTTPHeaders([("Content-Type", contentType), ("Transfer-Encoding", "chunked"), ("Connection", "close")])
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
            sendForever(context: context, chunk: ByteBuffer(repeating: UInt8(ascii: "x"), count: 65_536), remaining: 4_096)
        }
    }

    /// Writes a chunk, and the next once it has gone, until the client leaves.
    private func sendForever(context: ChannelHandlerContext, chunk: ByteBuffer, remaining: Int) {
        guard remaining > 0, context.channel.isActive else {
            context.close(promise: nil)
            return
        }
        context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(chunk)))).assumeIsolated().whenComplete { result in
            if case .success = result {
                self.sendForever(context: context, chunk: chunk, remaining: remaining - 1)
            }
        }
    }
}
