import Foundation
import TOMLData
import Testing
@testable import ArticleModel

/// The bundled word lists are written in TOML (`Sources/ArticleModel/Resources`) and compiled
/// into Swift literals (`Sources/ArticleModel/Generated`), so that Parley does not parse them at
/// every start. These tests keep the two in step: after editing a TOML file, run
/// `PARLEY_REGENERATE=1 swift test --filter BundledData` and commit the regenerated files.
@Suite("Bundled data")
struct BundledDataTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/ArticleModel").standardized

    static func toml(_ name: String) throws -> TOMLTable {
        try TOMLParser.parse(String(contentsOf: sources.appendingPathComponent("Resources/\(name)"), encoding: .utf8))
    }

    static func check(_ generated: String, file: String) throws {
        let url = sources.appendingPathComponent("Generated/\(file)")
        if ProcessInfo.processInfo.environment["PARLEY_REGENERATE"] == "1" {
            try generated.write(to: url, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "\(file) is out of date: run PARLEY_REGENERATE=1 swift test --filter BundledData")
    }

    @Test func lexiconLiteralMatchesLexiconTOML() throws {
        try Self.check(BundledDataSource.lexicon(LexiconFile(Self.toml("lexicon.toml"))), file: "BundledLexicon.swift")
    }

    @Test func rolesLiteralMatchesRolesTOML() throws {
        try Self.check(BundledDataSource.roles(RolesFile(Self.toml("roles.toml"))), file: "BundledRoles.swift")
    }

    @Test func cuesLiteralMatchesCuesTOML() throws {
        try Self.check(BundledDataSource.cues(CueFile(Self.toml("cues.toml"))), file: "BundledCues.swift")
    }

    @Test func compiledDataIsWhatTheTOMLSays() throws {
        let lexicon = try LexiconFile(Self.toml("lexicon.toml"))
        #expect(LexiconFile.bundled.country.map(\.id) == lexicon.country.map(\.id))
        #expect(LexiconFile.bundled.organisation.map(\.aliases) == lexicon.organisation.map(\.aliases))
        #expect(RolesFile.bundled.titles == (try RolesFile(Self.toml("roles.toml"))).titles)
        #expect(CueFile.bundled.irregular == (try CueFile(Self.toml("cues.toml"))).irregular)
    }

    @Test func literalsEscapeQuotesBackslashesAndControls() {
        #expect(BundledDataSource.literal("a \"b\" \\ c\u{1}é") == "\"a \\\"b\\\" \\\\ c\\u{1}é\"")
    }
}

/// Writes the bundled TOML files as Swift source.
enum BundledDataSource {
    static let header = """
        // Generated from Resources/%@ by `PARLEY_REGENERATE=1 swift test --filter BundledData`.
        // Do not edit: edit the TOML file and regenerate (Tests/ArticleModelTests/BundledDataTests.swift).


        """

    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(literal).joined(separator: ", ") + "]"
    }

    static func lexicon(_ file: LexiconFile) -> String {
        var out = String(format: header, "lexicon.toml")
        out += "extension LexiconFile {\n    /// `lexicon.toml`, compiled in.\n    static let bundled = LexiconFile(\n        country: [\n"
        for country in file.country {
            out += "            CountryEntry(id: \(literal(country.id)), name: \(literal(country.name)), aliases: \(list(country.aliases)), "
            out += "adjectives: \(list(country.adjectives)), people: \(list(country.people)), capitals: \(list(country.capitals)), seats: \(list(country.seats))),\n"
        }
        out += "        ],\n        organisation: [\n"
        for organisation in file.organisation {
            out += "            OrganisationEntry(id: \(literal(organisation.id)), name: \(literal(organisation.name)), "
            out += "kind: \(organisation.kind.map(literal) ?? "nil"), aliases: \(list(organisation.aliases)), parent: \(organisation.parent.map(literal) ?? "nil"), "
            out += "adjectives: \(list(organisation.adjectives)), members: \(list(organisation.members))),\n"
        }
        return out + "        ]\n    )\n}\n"
    }

    static func roles(_ file: RolesFile) -> String {
        var out = String(format: header, "roles.toml")
        out += "extension RolesFile {\n    /// `roles.toml`, compiled in.\n    static let bundled = RolesFile(\n"
        let lists: [(String, [String])] = [
            ("honorifics", file.honorifics), ("titles", file.titles), ("roleNouns", file.roleNouns), ("givenNames", file.givenNames),
            ("nameParticles", file.nameParticles), ("notNames", file.notNames), ("notPeople", file.notPeople),
            ("governmentNouns", file.governmentNouns), ("groupNouns", file.groupNouns), ("thingNouns", file.thingNouns),
            ("organisationNouns", file.organisationNouns),
        ]
        for (name, items) in lists { out += "        \(name): \(list(items)),\n" }
        out += "        officeHolders: [\n"
        for holder in file.officeHolders {
            out += "            OfficeHolder(name: \(literal(holder.name)), actor: \(literal(holder.actor)), from: \(holder.from), to: \(holder.to)),\n"
        }
        return out + "        ]\n    )\n}\n"
    }

    static func cues(_ file: CueFile) -> String {
        var out = String(format: header, "cues.toml")
        out += "extension CueFile {\n    /// `cues.toml`, compiled in.\n    static let bundled = CueFile(\n"
        let lists: [(String, [String])] = [
            ("support", file.support), ("supportNominal", file.supportNominal), ("oppose", file.oppose), ("opposeNominal", file.opposeNominal),
            ("opposeEvaluative", file.opposeEvaluative), ("supportEvaluative", file.supportEvaluative), ("propose", file.propose),
            ("report", file.report), ("againstActor", file.againstActor), ("forActor", file.forActor), ("negators", file.negators),
            ("negatingNouns", file.negatingNouns), ("limitingWords", file.limitingWords), ("issueNouns", file.issueNouns),
            ("containerNouns", file.containerNouns), ("proposalNouns", file.proposalNouns), ("objectControl", file.objectControl),
            ("evaluationVerbs", file.evaluationVerbs),
        ]
        for (name, items) in lists { out += "        \(name): \(list(items)),\n" }
        out += "        issueSynonyms: [\n"
        for group in file.issueSynonyms { out += "            \(list(group)),\n" }
        out += "        ],\n        irregular: [\n"
        for key in file.irregular.keys.sorted() { out += "            \(literal(key)): \(list(file.irregular[key]!)),\n" }
        return out + "        ]\n    )\n}\n"
    }
}
