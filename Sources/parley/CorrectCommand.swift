import ArgumentParser
import ArticleModel
import Corrections
import Store
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `parley correct KIND VALUE...`: records one of the analyst's decisions in the library, for
/// scripts (a second coder's decisions, a batch of renames), as the reader's correction keys do.
/// Each is committed on its own; `--undo` takes back the latest, `--list` prints them all.
struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Record a correction in the library (or --undo the latest, --list them all).",
        discussion: """
            Decisions about stances need --article (the article's source, as parley search shows it) and \
            --sentence (the evidence sentence's text, repeatable):
              set-cell ACTOR ISSUE support|oppose|neutral|mixed|none
              reject-stance ACTOR ISSUE POLARITY
              add-stance ACTOR ISSUE POLARITY [ACTOR-NAME]
            Decisions across the library:
              rename-actor ACTOR NAME, merge-actors ACTOR INTO [INTO-NAME], set-kind ACTOR KIND,
              set-affiliation ACTOR AFFILIATION|none, rename-issue ISSUE LABEL, merge-issues ISSUE INTO
            ACTOR is an actor's id and ISSUE an issue's id in the article (as extract shows them) or \
            an issue's label; a label the article lacks names a new issue.
            """
    )

    @OptionGroup var options: LibraryOptions

    @Option(help: "The article the decision is made in (its source).")
    var article: String?

    @Option(help: "The evidence sentence's text (repeatable).")
    var sentence: [String] = []

    @Flag(help: "Take back the latest correction.")
    var undo = false

    @Flag(help: "Print every correction, in the order made.")
    var list = false

    @Argument(help: "The kind of decision and its values.")
    var values: [String] = []

    func run() throws {
        let store = LibraryLocation.open(options.library, create: false)
        do throws(LibraryError) {
            if list {
                for stored in try store.corrections() {
                    Output.write("\(stored.id)\t\(stored.correction.decidedAt)\t\(stored.source ?? "library")\t\(stored.correction.summary)\n")
                }
                return
            }
            if undo {
                guard let taken = try store.undoLastCorrection() else { Diagnostics.fail("no correction to undo") }
                Output.write("undone: \(taken.correction.summary)\n")
                return
            }
            let (action, articleID) = try decision(store)
            let stored = try store.record(Correction(action: action, article: nil, sentences: sentence, decidedAt: Timestamp.iso(Int(time(nil)))),
                                          article: articleID)
            Output.write("\(stored.id)\t\(stored.correction.summary)\n")
        } catch {
            Diagnostics.fail(error.description)
        }
    }

    /// The action the values describe, and the article it is made in.
    private func decision(_ store: LibraryStore) throws(LibraryError) -> (Correction.Action, Int64?) {
        guard let kind = values.first else { Diagnostics.fail("give a kind of correction (see parley correct --help)", code: 2) }
        let rest = Array(values.dropFirst())
        func need(_ count: ClosedRange<Int>) {
            guard count.contains(rest.count) else { Diagnostics.fail("\(kind) takes \(count.lowerBound == count.upperBound ? "\(count.lowerBound)" : "\(count.lowerBound) or \(count.upperBound)") values", code: 2) }
        }
        func polarity(_ text: String) -> Polarity {
            guard let value = Polarity(rawValue: text) else { Diagnostics.fail("\(text): not a polarity (support, oppose, neutral, mixed)", code: 2) }
            return value
        }
        let matcher = IssueMatcher()
        switch kind {
        case "set-cell", "reject-stance", "add-stance":
            guard let source = article else { Diagnostics.fail("\(kind) needs --article", code: 2) }
            guard !sentence.isEmpty else { Diagnostics.fail("\(kind) needs --sentence", code: 2) }
            need(kind == "add-stance" ? 3...4 : 3...3)
            let id = try articleID(source, in: store)
            let model = try store.correctedArticle(id: id) { ReaderSetup.articleReader().reader.analyse($0, source: $1) }.article
            let issue = model.issues.first { $0.id == rest[1] }.map { IssueAnchor($0, matcher: matcher) } ?? anchor(rest[1], matcher)
            switch kind {
            case "set-cell": return (.setCell(actor: rest[0], issue: issue, polarity: rest[2] == "none" ? nil : polarity(rest[2])), id)
            case "reject-stance": return (.rejectStance(actor: rest[0], issue: issue, polarity: polarity(rest[2])), id)
            default:
                let name = rest.count == 4 ? rest[3] : model.actors.first { $0.id == rest[0] }?.name ?? rest[0]
                return (.addStance(actor: rest[0], actorName: name, issue: issue, polarity: polarity(rest[2])), id)
            }
        case "rename-actor": need(2...2); return (.renameActor(actor: rest[0], name: rest[1]), nil)
        case "merge-actors": need(2...3); return (.mergeActors(actor: rest[0], into: rest[1], intoName: rest.count == 3 ? rest[2] : rest[1]), nil)
        case "set-kind":
            need(2...2)
            guard let actorKind = ActorKind(rawValue: rest[1]) else {
                Diagnostics.fail("\(rest[1]): not a kind (\(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")))", code: 2)
            }
            return (.setKind(actor: rest[0], kind: actorKind), nil)
        case "set-affiliation": need(2...2); return (.setAffiliation(actor: rest[0], affiliation: rest[1] == "none" ? nil : rest[1]), nil)
        case "rename-issue", "merge-issues":
            need(2...2)
            let action: Correction.Action = kind == "rename-issue" ? .renameIssue(issue: anchor(rest[0], matcher), label: rest[1])
                : .mergeIssues(issue: anchor(rest[0], matcher), into: anchor(rest[1], matcher))
            // With --article, a generic issue ("plans") is that article's own.
            guard let source = article, action.holdsInOneArticle(matcher) else { return (action, nil) }
            return (action, try articleID(source, in: store))
        default: Diagnostics.fail("\(kind): not a kind of correction (see parley correct --help)", code: 2)
        }
    }

    /// An issue named by its label (or id, hyphens read as spaces), as matched across articles.
    private func anchor(_ text: String, _ matcher: IssueMatcher) -> IssueAnchor {
        let label = text.contains(" ") ? text : text.split(separator: "-").joined(separator: " ")
        return IssueAnchor(key: matcher.key(for: Issue(id: text, label: label)), label: label)
    }

    private func articleID(_ source: String, in store: LibraryStore) throws(LibraryError) -> Int64 {
        let listed = try store.articles()
        let absolute = FileAccess.absolute(source)
        guard let found = listed.first(where: { $0.source == source }) ?? listed.first(where: { $0.source == absolute }) else {
            Diagnostics.fail("\(source): not in the library", code: 1)
        }
        return found.id
    }
}
