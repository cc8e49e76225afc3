// swift-tools-version: 6.0
// Parley: a terminal reader that shows who is in a news story and where each side stands.
//
// Data flows one way: files -> ArticleModel -> Reader (app state, panes) -> TerminalCore screen,
// which Curses draws on a real terminal. Only Curses imports the C library.
import PackageDescription

// Generic types used in the analysis and the reader get their metadata from accessor calls that
// are handed the conformances they need, instead of from mangled names that make the runtime look
// each conformance up by scanning every conformance record in the binary: linking the HTTP stack
// (SwiftNIO, AsyncHTTPClient) for URLs had made those scans, and so a plain-text start, 5% dearer.
let directMetadataAccess: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // HTTP(S) for URLs on the command line: a maintained client (redirects, TLS, gzip), on NIO.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // C ncurses with its wide-character API, seen only by `Curses`.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // C libxml2, seen only by `Markup`.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The one wrapper around libxml2: tolerant HTML and safe XML parsing into immutable trees.
        .target(name: "Markup", dependencies: ["CLibXML2"]),
        // Web pages and feeds: article extraction, metadata, charsets, RSS/Atom/JSON Feed.
        .target(name: "WebImport", dependencies: ["Markup"]),
        // A small TOML reader for Parley's data files (lexicon, cues, themes), with line-numbered errors.
        .target(name: "TOMLData", swiftSettings: directMetadataAccess),
        // What a terminal is, without a terminal: cells, styles, keys, display width, the in-memory grid.
        .target(name: "TerminalCore", swiftSettings: directMetadataAccess),
        // The one wrapper around C curses: lifecycle, wide output, colours, keys, resize.
        .target(name: "Curses", dependencies: ["CNcursesw", "TerminalCore"], swiftSettings: directMetadataAccess),
        // Import, sentences, actors, issues, stances. No terminal code.
        .target(
            name: "ArticleModel",
            dependencies: ["TOMLData"],
            // The word lists are edited as TOML in Resources and compiled into Swift literals in
            // Generated (a test keeps the two in step), so no start pays for parsing them.
            exclude: ["Resources"],
            swiftSettings: directMetadataAccess
        ),
        // The analyst's corrections (cells set, stances rejected or added, actors and issues renamed
        // or merged) and how they are laid over the model's output, whichever version made it.
        .target(name: "Corrections", dependencies: ["ArticleModel"]),
        // Across articles: the actors x issues matrix over a library (issues matched by label and
        // synonyms, actors by id) and each actor's timeline. Knows the article model only.
        .target(name: "Analysis", dependencies: ["ArticleModel"]),
        // Exports for the tools analysts use: the stance table (CSV, JSON) and the actor networks
        // (GraphML, DOT, node-link JSON, SVG). Never the reader or the terminal.
        .target(name: "Export", dependencies: ["Analysis", "ArticleModel", "TerminalCore"]),
        // The library: articles, feeds, read marks, the model's cached output and full-text
        // search and the analyst's corrections in one SQLite file (GRDB). Knows the article model and
        // the corrections, never the reader or the terminal.
        .target(
            name: "Store",
            dependencies: ["ArticleModel", "Corrections", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The UI: app state, keymap, layout, panes, themes; draws on a TerminalCore screen.
        .target(
            name: "Reader",
            dependencies: ["ArticleModel", "Corrections", "Analysis", "TerminalCore", "TOMLData"],
            resources: [
                .embedInCode("BundledThemes/default.toml"),
                .embedInCode("BundledThemes/light.toml"),
                .embedInCode("BundledThemes/mono.toml"),
            ],
            swiftSettings: directMetadataAccess
        ),
        // Fetching web pages and feeds over HTTP(S): timeouts, redirects, gzip, a size cap,
        // conditional GET, one-line errors. Knows nothing of articles or the terminal.
        .target(
            name: "Fetch",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ]
        ),
        // Pages, feeds and URLs as library entries, and the reader's web work in the background
        // (a summary's full story, reloading): between the importers and fetcher and the reader.
        .target(name: "WebLibrary", dependencies: ["ArticleModel", "Reader", "WebImport", "Fetch"]),
        // The command line: wires files, model, reader and curses together.
        .executableTarget(
            name: "parley",
            dependencies: [
                "ArticleModel", "Reader", "Curses", "TerminalCore", "WebImport", "Fetch", "WebLibrary", "Store", "Corrections", "Analysis", "Export",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [
                .embedInCode("Samples/harbour-treaty.txt"),
                .embedInCode("Samples/grain-corridor.txt"),
                .embedInCode("Samples/coal-levy.txt"),
                .embedInCode("Samples/river-dam.txt"),
            ],
            swiftSettings: directMetadataAccess
        ),
        // Fuzzing the article model and the page and feed importers: libFuzzer entry point, or a replayer of saved inputs.
        .executableTarget(name: "parley-fuzz", dependencies: ["ArticleModel", "WebImport"], path: "Sources/ParleyFuzz"),
        // Scores the article model against articles coded by hand to the codebook.
        .target(name: "ModelScoring", dependencies: ["ArticleModel"]),
        // The analysis benchmark: the model's figures on the coded real articles.
        .executableTarget(name: "parley-analysis-bench", dependencies: ["ArticleModel", "ModelScoring"], path: "Sources/ParleyAnalysisBench"),
        // The corpus benchmark: how fast the article model reads a folder of articles.
        .executableTarget(name: "parley-corpus-bench", dependencies: ["ArticleModel"], path: "Sources/ParleyCorpusBench"),
        // The matrix across articles: how fast it is built over 10,000 analysed articles, from memory and from a
        // library file's cached analyses (run by .ci/across-benchmark).
        .executableTarget(name: "parley-across-bench", dependencies: ["Analysis", "ArticleModel", "Export", "Store", "Corrections"], path: "Sources/ParleyAcrossBench"),
        // The extraction benchmark: token F1 against ../shared/corpus/html (run by .ci/html-benchmark).
        .executableTarget(name: "parley-html-bench", dependencies: ["WebImport", "Markup"], path: "Sources/ParleyHTMLBench"),
        // The library benchmark's search timer (run by .ci/library-benchmark).
        .executableTarget(name: "parley-library-bench", dependencies: ["Store"], path: "Sources/ParleyLibraryBench"),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore"]),
        .testTarget(name: "TOMLDataTests", dependencies: ["TOMLData"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "WebImportTests", dependencies: ["WebImport", "Markup", "ArticleModel"]),
        // Helpers shared by the test targets (a seeded random generator).
        .target(name: "TestSupport", dependencies: ["ArticleModel"], path: "Tests/TestSupport"),
        .testTarget(name: "ArticleModelTests", dependencies: ["ArticleModel", "ModelScoring", "TOMLData", "TestSupport"], exclude: ["Validation", "Coded"]),
        .testTarget(name: "ReaderTests", dependencies: ["Reader", "Corrections", "Analysis", "ArticleModel", "TerminalCore", "TestSupport"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Corrections", "ArticleModel", "TestSupport"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "ArticleModel", "TestSupport"]),
        .testTarget(name: "CorrectionsTests", dependencies: ["Corrections", "ArticleModel", "TestSupport"]),
        // Exports checked exactly, and read back by networkx, python-igraph, Python's csv module and Graphviz.
        .testTarget(name: "ExportTests", dependencies: ["Export", "Analysis", "ArticleModel", "TestSupport"], exclude: ["Readers"]),
        .testTarget(name: "EndToEndTests", dependencies: ["parley", "LocalHTTPServer", "Store", "Corrections", "ArticleModel", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        // A real HTTP server on 127.0.0.1 that tests start, for the fetch and end-to-end tests.
        .target(
            name: "LocalHTTPServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            path: "Tests/LocalHTTPServer"
        ),
        .testTarget(name: "FetchTests", dependencies: ["Fetch", "LocalHTTPServer"]),
        .testTarget(name: "WebLibraryTests", dependencies: ["WebLibrary", "Fetch", "Reader", "ArticleModel", "LocalHTTPServer"]),
    ],
    swiftLanguageModes: [.v6]
)
