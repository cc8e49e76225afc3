import ArgumentParser
import Store
import WebImport

/// `parley import-opml FILE`: adds an OPML export's feeds to the `urls` file, with the folders
/// they were filed in as tags, keeping every line already there.
struct ImportOPMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-opml",
        abstract: "Add the feeds of an OPML file to the urls file ($XDG_CONFIG_HOME/parley/urls)."
    )

    @Argument(help: "An OPML file, as other feed readers export.")
    var file: String

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try ArticleSources.contents(of: file)
        } catch {
            Diagnostics.fail(error.description)
        }
        let imported: [OPMLFeed]
        do {
            imported = try OPML.feeds(bytes)
        } catch {
            Diagnostics.fail("\(file): \(error.reason)")
        }
        guard !imported.isEmpty else { Diagnostics.fail("\(file): no feeds in this OPML file") }
        guard let folder = LibraryLocation.configFolder, let urlsPath = LibraryLocation.urlsPath else {
            Diagnostics.fail("no configuration folder: set HOME or XDG_CONFIG_HOME")
        }
        let existingText = FileAccess.kind(of: urlsPath) == .missing ? "" : String(decoding: FileAccess.read(urlsPath, limit: 16 << 20) ?? [], as: UTF8.self)
        let known = Set(FeedList(parsing: existingText).feeds.map(\.url))
        let new = imported.filter { !known.contains($0.url) }.map { FeedSubscription(url: $0.url, tags: $0.tags, title: $0.title) }
        var seen = Set<String>()
        let unique = new.filter { seen.insert($0.url).inserted }
        if !unique.isEmpty {
            FileAccess.makeFolders(folder)
            let separator = existingText.isEmpty || existingText.hasSuffix("\n") ? "" : "\n"
            guard FileAccess.writeFile(urlsPath, existingText + separator + FeedList.text(of: unique)) else {
                Diagnostics.fail("\(urlsPath): cannot be written")
            }
        }
        Diagnostics.note("imported \(unique.count) feed\(unique.count == 1 ? "" : "s") into \(urlsPath) (\(imported.count - unique.count) already there)")
    }
}
