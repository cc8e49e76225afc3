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

    /// The lexicon index as `Lexicon.add` builds it from the two TOML files.
    static func freshLexicon() throws -> Lexicon {
        var lexicon = Lexicon(words: RoleWords(try RolesFile(toml("roles.toml"))))
        lexicon.add(try LexiconFile(toml("lexicon.toml")))
        return lexicon
    }

    @Test func lexiconIndexMatchesLexiconTOML() throws {
        try Self.check(BundledDataSource.lexiconIndex(Self.freshLexicon().compiled), file: "BundledLexiconIndex.swift")
    }

    @Test func rolesLiteralMatchesRolesTOML() throws {
        let file = try RolesFile(Self.toml("roles.toml"))
        try Self.check(BundledDataSource.roles(file), file: "BundledRoles.swift")
        try Self.check(BundledDataSource.roleWordSets(RoleWordSets(file)), file: "BundledWordSets.swift")
    }

    @Test func cuesLiteralMatchesCuesTOML() throws {
        let file = try CueFile(Self.toml("cues.toml"))
        try Self.check(BundledDataSource.cues(file), file: "BundledCues.swift")
        try Self.check(BundledDataSource.cueForms(CueLexicon.derive(file)), file: "BundledCueForms.swift")
    }

    @Test("The compiled-in lexicon and cues match what reading the TOML files builds")
    func compiledDataIsWhatTheTOMLSays() throws {
        let fresh = try Self.freshLexicon()
        let bundled = Lexicon.bundled
        #expect(bundled.entries == fresh.entries)
        #expect(bundled.phrases == fresh.phrases)
        #expect(bundled.indexedPhrases.map(\.meaning) == fresh.indexedPhrases.map(\.meaning))
        #expect(bundled.entries.map { bundled.shortForm(of: $0.id) } == fresh.entries.map { fresh.shortForm(of: $0.id) })
        #expect(Set(bundled.lowercaseStarters ?? WordSet([])) == ActorRecognizer.lowercaseStarterWords(of: fresh))
        let freshSets = RoleWordSets(try RolesFile(Self.toml("roles.toml")))
        for ((name, compiled), (_, built)) in zip(RoleWordSets.bundled.named, freshSets.named) {
            #expect(Set(compiled) == Set(built), "\(name)")
        }
        for ((name, compiled), (_, built)) in zip(RoleWordSets.bundled.namedSequences, freshSets.namedSequences) {
            #expect(compiled == built, "\(name)")
        }
        #expect(RoleWordSets.bundled.surnames == freshSets.surnames)
        #expect(RoleWordSets.bundled.surnameActors == freshSets.surnameActors)
        #expect(RolesFile.bundled.titles == (try RolesFile(Self.toml("roles.toml"))).titles)
        let cues = try CueLexicon(CueFile(Self.toml("cues.toml")))
        #expect(CueLexicon.bundled.forms == cues.forms)
        #expect(CueLexicon.bundled.formLemmas == cues.formLemmas)
        #expect(CueLexicon.bundled.formFlags == cues.formFlags)
        #expect(CueLexicon.bundled.statementVerbs == cues.statementVerbs)
        #expect(CueLexicon.bundled.evaluationVerbForms == cues.evaluationVerbForms)
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

    /// A list of strings, eight to a line.
    static func column(_ name: String, _ items: [String], last: Bool = false) -> String {
        var out = "        \(name): [\n"
        for start in stride(from: 0, to: items.count, by: 8) {
            out += "            " + items[start..<min(start + 8, items.count)].joined(separator: ", ") + ",\n"
        }
        return out + "        ]" + (last ? "\n" : ",\n")
    }

    static func lexiconIndex(_ index: CompiledLexicon) -> String {
        var out = String(format: header, "lexicon.toml and Resources/roles.toml")
        out += "extension CompiledLexicon {\n    /// The index of `lexicon.toml`, as `Lexicon.add` builds it.\n    static let bundled = CompiledLexicon(\n"
        out += column("entryIDs", index.entryIDs.map(literal)) + column("entryNames", index.entryNames.map(literal))
        out += column("entryKinds", index.entryKinds.map(literal)) + column("entryParents", index.entryParents.map(literal))
        out += column("entryShortForms", index.entryShortForms.map(literal))
        out += phraseTable("phrases", index.phrases) + column("phraseEntries", index.phraseEntries.map(literal))
        out += column("phraseFlags", index.phraseFlags.map(String.init)) + wordSet("lowercaseStarters", index.lowercaseStarters, last: true)
        return out + "    )\n}\n"
    }

    /// A word set's ready table: `WordSet(slots:words:zeroKeyWords:)`.
    static func wordSet(_ name: String, _ set: WordSet, last: Bool = false) -> String {
        var out = "        \(name): WordSet(\n"
        out += column("slots", set.slots.map { "0x" + String($0, radix: 16) }) + column("words", set.words.map(literal))
        out += column("zeroKeyWords", set.zeroKeyWords.map(literal), last: true)
        return out + "        )" + (last ? "\n" : ",\n")
    }

    /// A phrase table's ready arrays: `PhraseTable(words:wordStarts:slots:runStarts:runEnds:)`.
    static func phraseTable(_ name: String, _ table: PhraseTable, last: Bool = false) -> String {
        var out = "        \(name): PhraseTable(\n"
        out += column("words", table.words.map(literal)) + column("wordStarts", table.wordStarts.map(String.init))
        out += column("slots", table.slots.map { "0x" + String($0, radix: 16) })
        out += column("runStarts", table.runStarts.map(String.init)) + column("runEnds", table.runEnds.map(String.init), last: true)
        return out + "        )" + (last ? "\n" : ",\n")
    }

    static func roleWordSets(_ sets: RoleWordSets) -> String {
        var out = String(format: header, "roles.toml")
        out += "extension RoleWordSets {\n    /// The word sets of `roles.toml`, as ready tables, and its phrase lists as token sequences.\n    static let bundled = RoleWordSets(\n"
        for (name, set) in sets.named { out += wordSet(name, set) }
        let sequences = sets.namedSequences
        for (name, table) in sequences { out += phraseTable(name, table) }
        out += column("surnames", sets.surnames.map(literal)) + column("surnameActors", sets.surnameActors.map(literal), last: true)
        return out + "    )\n}\n"
    }

    static func cueForms(_ derived: CueLexicon.DerivedForms) -> String {
        var out = String(format: header, "cues.toml")
        out += "extension CueLexicon.DerivedForms {\n    /// Every form of every cue in `cues.toml`, as `CueLexicon.derive` spells them out.\n"
        out += "    static let bundled = CueLexicon.DerivedForms(\n"
        out += phraseTable("forms", derived.forms) + column("formLemmas", derived.formLemmas.map(literal))
        out += column("formFlags", derived.formFlags.map(String.init)) + column("statementVerbs", derived.statementVerbs.map(literal))
        out += column("actorTargetVerbs", derived.actorTargetVerbs.map(literal)) + column("evaluationVerbForms", derived.evaluationVerbForms.map(literal), last: true)
        return out + "    )\n}\n"
    }

    static func roles(_ file: RolesFile) -> String {
        var out = String(format: header, "roles.toml")
        out += "extension RolesFile {\n    /// `roles.toml`, compiled in.\n    static let bundled = RolesFile(\n"
        let lists: [(String, [String])] = [
            ("honorifics", file.honorifics), ("titles", file.titles), ("roleNouns", file.roleNouns), ("givenNames", file.givenNames),
            ("nameParticles", file.nameParticles), ("notNames", file.notNames), ("notPeople", file.notPeople),
            ("governmentNouns", file.governmentNouns), ("groupNouns", file.groupNouns), ("thingNouns", file.thingNouns),
            ("organisationNouns", file.organisationNouns), ("companyNouns", file.companyNouns), ("wordNames", file.wordNames),
            ("companyDescriptors", file.companyDescriptors), ("organisationDescriptors", file.organisationDescriptors),
            ("corporateRoles", file.corporateRoles), ("governmentRoles", file.governmentRoles),
        ]
        for (name, items) in lists { out += "        \(name): \(list(items)),\n" }
        out += "        officeHolders: [\n"
        for holder in file.officeHolders {
            out += "            OfficeHolder(name: \(literal(holder.name)), actor: \(literal(holder.actor)), from: \(holder.from), to: \(holder.to)),\n"
        }
        out += "        ],\n        nationalTitles: [\n"
        for title in file.nationalTitles {
            out += "            NationalTitle(title: \(literal(title.title)), actor: \(literal(title.actor))),\n"
        }
        out += "        ],\n        officeTerms: [\n"
        for term in file.officeTerms {
            out += "            OfficeTerm(name: \(literal(term.name)), office: \(literal(term.office)), actor: \(literal(term.actor)), from: \(term.from), to: \(term.to)),\n"
        }
        out += "        ],\n        partyMembers: [\n"
        for member in file.partyMembers {
            out += "            OfficeHolder(name: \(literal(member.name)), actor: \(literal(member.actor)), from: \(member.from), to: \(member.to)),\n"
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
            ("negatingWords", file.negatingWords), ("limitingWords", file.limitingWords), ("issueNouns", file.issueNouns),
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

@Suite("Word sets")
struct WordSetTests {
    @Test func membershipIsExactAndDuplicatesCountOnce() {
        let set = WordSet(["minister", "Minister", "minister", "envoy"])
        #expect(set.contains("minister"))
        #expect(set.contains("Minister"))
        #expect(!set.contains("ministers"))
        #expect(!set.contains(""))
        #expect(Set(set) == ["minister", "Minister", "envoy"])
    }

    @Test("Lookups stay exact in a full table, however the keys collide")
    func largeSetsFindEveryWordAndNothingElse() {
        let words = (0..<5_000).map { "w\($0)" }
        let set = WordSet(words)
        #expect(words.allSatisfy(set.contains))
        #expect(!(5_000..<10_000).contains { set.contains("w\($0)") })
        #expect(set.slots.count == 8_192)
        let rebuilt = WordSet(slots: set.slots, words: set.words)
        #expect(Set(rebuilt) == Set(words))
    }
}
