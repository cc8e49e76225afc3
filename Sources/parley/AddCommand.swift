import ArgumentParser
import ArticleModel
import Fetch
import Store
import WebLibrary
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `parley add PATH|URL...`: stores articles in the library, analysed once.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add articles to the library: files, folders (recursively), pages and feeds, as files or http(s) URLs.",
        discussion: "Progress is shown on standard error when it is a terminal; a summary line follows. A file already in the library with the same content is left as it is."
    )

    @OptionGroup var options: LibraryOptions

    @OptionGroup var web: WebOptions

    @Argument(help: "Article files, web pages, feed files or folders, or http(s) URLs of pages, feeds or plain text.")
    var paths: [String]

    /// How many additions are committed together: few enough that a kill loses little, and
    /// another Parley waiting to write waits a moment at most.
    static let batchSize = 50

    func run() throws {
        let store = LibraryLocation.open(options.library, create: true)
        if store.isReadOnly { Diagnostics.fail(LibraryErrorText.readOnly(store.path)) }
        var files: [String] = []
        var problems = 0
        let urls = paths.filter(WebAddress.isWebAddress)
        for path in paths where !WebAddress.isWebAddress(path) {
            do {
                files += try LibraryImport.files(for: path)
            } catch {
                Diagnostics.warn(error.description)
                problems += 1
            }
        }
        let reader = ReaderSetup.articleReader()
        var tally = AddTally()
        var progress = ProgressBar(total: files.count, label: "adding")
        var batch: [Addition] = []
        var batchStart = ContinuousClock.now
        func commit() {
            guard !batch.isEmpty else { return }
            do {
                tally.count(try store.add(batch) { reader.reader.analyse($0, source: $1) })
            } catch {
                progress.finish()
                if tally.stored > 0 { Diagnostics.warn(tally.summary(path: store.path, skipped: problems) + " before this error:") }
                Diagnostics.fail(error.description)
            }
            batch = []
            batchStart = ContinuousClock.now
        }
        let fetched = URLArguments.fetch(urls, timeouts: web.timeouts)
        for url in urls.reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            do throws(InputError) {
                switch fetched[url] {
                case .success(let resource): batch += try LibraryImport.additions(fetched: resource, url: url, store: store)
                case .failure(let error): throw InputError(path: url, reason: error.description)
                case nil: throw InputError(path: url, reason: "not fetched")
                }
            } catch {
                Diagnostics.warn("skipped \(error.description)")
                problems += 1
            }
        }
        for (number, file) in files.enumerated() {
            do {
                batch += try LibraryImport.additions(file: file, store: store)
            } catch {
                progress.finish()
                Diagnostics.warn("skipped \(error.description)")
                problems += 1
            }
            if batch.count >= AddCommand.batchSize || ContinuousClock.now - batchStart > .milliseconds(500) { commit() }
            progress.update(number + 1)
        }
        commit()
        progress.finish()
        Diagnostics.note(tally.summary(path: store.path, skipped: problems))
        if tally.stored + tally.unchanged == 0 { throw ExitCode(1) }
    }
}

/// Counts of what adding did, for the summary line.
struct AddTally {
    var added = 0, updated = 0, unchanged = 0

    var stored: Int { added + updated }

    mutating func count(_ outcomes: [AddOutcome]) {
        for outcome in outcomes {
            switch outcome {
            case .added: added += 1
            case .updated: updated += 1
            case .unchanged: unchanged += 1
            }
        }
    }

    func summary(path: String, skipped: Int) -> String {
        "added \(added) article\(added == 1 ? "" : "s") to \(path) (\(updated) updated, \(unchanged) already there, \(skipped) skipped)"
    }
}

/// Library messages the command line gives before opening anything.
enum LibraryErrorText {
    static func readOnly(_ path: String) -> String { "\(path): the library is read-only: nothing can be added or changed" }
}
