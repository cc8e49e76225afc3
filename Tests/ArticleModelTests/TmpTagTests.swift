import Testing
@testable import ArticleModel
@Test func tmpTag() {
    for s in ["The Tories and the Lib Dems have called for a second inquiry into the fast-tracking of a visa application.",
              "Ministers do not support a lower limit, saying it is not clear it would have a major impact on drink drive casualties.",
              "The government plans to cut taxes, and the plans were backed by Labour.",
              "He rejected speculation that Mr Brown was considering becoming Foreign Secretary.",
              "Dai Lloyd called the announcement \"hugely disappointing\".",
              "The ADSS said it agreed in principle with the government's plans.",
              "Tony Blair said Labour would set out workable plans for tackling immigration abuse in the next few weeks and attacked the Tory plans."] {
        let t = Tokenizer.tokens(in: Array(s.unicodeScalars))
        let tags = PartOfSpeechTagger.tag(t)
        print(zip(t, tags).map { "\($0.text)/\($1.tag)" }.joined(separator: " "))
    }
}
