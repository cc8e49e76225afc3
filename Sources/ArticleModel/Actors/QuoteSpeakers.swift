/// Who is speaking inside quotation marks, so that "I" and "we" in a quote count as the speaker.
///
/// A quote is attributed by a reporting verb outside the quotation marks in the same sentence
/// ('"We reject the levy," Jan Horváth told parliament', 'said Lena Söderström'); quoted
/// sentences that follow without an attribution of their own continue the last speaker's
/// quote, within the paragraph or into a paragraph that opens with a quotation mark.
struct QuoteSpeakers {
    let cues: CueLexicon

    static let firstPersonPronouns: Set<String> = ["i", "we"]

    /// Who speaks in one sentence's quotation: the speakers and which tokens are quoted.
    struct Quotation {
        var speakers: [String]
        var quoted: [Bool]

        /// Whether the token at `index` is inside the quotation marks.
        func isQuoted(_ index: Int) -> Bool { index >= 0 && index < quoted.count && quoted[index] }
    }

    func resolve(_ text: AnalyzedText, actors: [Actor], spans: [ActorSpan]) -> [ActorSpan] {
        resolve(text, quotations: quotations(text, spans: spans), spans: spans)
    }

    /// The first-person pronouns of already attributed quotations, tied to their speakers.
    func resolve(_ text: AnalyzedText, quotations: [Int: Quotation], spans: [ActorSpan]) -> [ActorSpan] {
        let bySentence = Dictionary(grouping: spans, by: \.sentence)
        var resolved: [ActorSpan] = []
        for (sentence, quotation) in quotations {
            let tokens = text.tokens[sentence]
            let sentenceSpans = bySentence[sentence] ?? []
            for (index, token) in tokens.enumerated() where quotation.quoted[index] && QuoteSpeakers.firstPersonPronouns.contains(token.lowercased) {
                if sentenceSpans.contains(where: { $0.tokens.contains(index) }) { continue }
                for actor in quotation.speakers {
                    resolved.append(ActorSpan(sentence: sentence, tokens: index..<(index + 1), actor: actor, via: .pronoun))
                }
            }
        }
        return resolved
    }

    /// The speaker of every sentence that quotes someone, by sentence index.
    func quotations(_ text: AnalyzedText, spans: [ActorSpan]) -> [Int: Quotation] {
        let bySentence = Dictionary(grouping: spans, by: \.sentence)
        var result: [Int: Quotation] = [:]
        var speaker: [String]?
        var inQuote = false
        var previousParagraph = -1
        /// Quoted sentences still waiting for the attribution that ends their quote.
        var unattributed: [(Int, [Bool])] = []

        for (sentence, tokens) in text.tokens.enumerated() {
            let paragraph = text.sentences[sentence].paragraph
            if paragraph != previousParagraph {
                // A quote carries into the next paragraph only when that paragraph opens with a quotation mark.
                if !(tokens.first.map { QuoteSpeakers.isQuoteMark($0.text) } ?? false) { speaker = nil }
                inQuote = false
                unattributed = []
                previousParagraph = paragraph
            }
            let startsInside = inQuote
            let quoted = QuoteSpeakers.quotedTokens(tokens, startingInside: &inQuote)
            guard quoted.contains(true) else {
                if !tokens.isEmpty { speaker = nil }  // narration ends a run of quotes
                unattributed = []
                continue
            }
            if let attributed = attribution(tokens, quoted: quoted, spans: bySentence[sentence] ?? []) {
                speaker = attributed
                // '"The levy is unfair. It must go," said X': the quote's earlier sentences are X's too.
                if startsInside {
                    for (earlier, earlierQuoted) in unattributed where text.sentences[earlier].paragraph == paragraph {
                        result[earlier] = Quotation(speakers: attributed, quoted: earlierQuoted)
                    }
                }
                unattributed = []
            }
            guard let current = speaker else {
                if inQuote { unattributed.append((sentence, quoted)) } else { unattributed = [] }
                continue
            }
            result[sentence] = Quotation(speakers: current, quoted: quoted)
        }
        return result
    }

    static func isQuoteMark(_ text: String) -> Bool {
        QuoteMarks.isDouble(text)
    }

    /// Which tokens are inside quotation marks; straight quotes toggle, curly ones open and close.
    static func quotedTokens(_ tokens: [Token], startingInside inQuote: inout Bool, openingAtStart: Bool = false) -> [Bool] {
        var result: [Bool] = []
        for (index, token) in tokens.enumerated() {
            guard QuoteMarks.isDouble(token.text) else {
                result.append(inQuote)
                continue
            }
            // (A mark that opens a sentence, touching its first word, opens a quote: 'their plans.
            // "With the ...' goes on quoting where a writer left the earlier quote unclosed.)
            let opensSentence = openingAtStart && index == 0 && tokens.count > 1 && tokens[1].isWord && tokens[1].range.lowerBound == token.range.upperBound
            // ('... arms and technology from Europe."' with no mark before it: a straight mark that
            // ends the sentence after its full stop closes a quote whose opening mark was lost, so
            // the whole sentence is quoted.)
            let closesLostQuote = !inQuote && !QuoteMarks.isLeftDouble(token.text) && index == tokens.count - 1 && index >= 2
                && [".", "!", "?"].contains(tokens[index - 1].text) && !tokens[..<index].contains(where: { QuoteMarks.isDouble($0.text) })
            if closesLostQuote {
                result = result.map { _ in true }
                inQuote = false
            } else if QuoteMarks.isLeftDouble(token.text) || opensSentence {
                inQuote = true
            } else if QuoteMarks.isRightDouble(token.text) {
                inQuote = false
            } else {
                inQuote.toggle()
            }
            result.append(false)
        }
        return result
    }

    /// The speaker named outside the quotes: "<speaker> said", "said <speaker>", "<speaker> told X".
    private func attribution(_ tokens: [Token], quoted: [Bool], spans: [ActorSpan]) -> [String]? {
        let words = tokens.map(\.lowercased)
        for index in tokens.indices where !quoted[index] {
            let forms = cues.cues(in: words, at: index)
            guard forms.contains(where: { $0.cueClass == .report && $0.isVerb }) else { continue }
            // "said Kestrian Chancellor Lena Söderström": the actor right after the verb (after
            // "told" it is the listener: "he told ITV").
            let tells = forms.contains { $0.cueClass == .report && $0.lemma == "tell" }
            if !tells, let after = spans.filter({ $0.tokens.lowerBound > index && $0.tokens.lowerBound <= index + 3 && !quoted[$0.tokens.lowerBound] }).min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }),
               index + 1 < tokens.count, !QuoteSpeakers.isQuoteMark(tokens[index + 1].text) || true {
                let gap = tokens[(index + 1)..<after.tokens.lowerBound].map(\.lowercased)
                if gap.allSatisfy({ ["the", "a", ","].contains($0) }) || gap.isEmpty {
                    return headOf(after, spans: spans)
                }
            }
            // "Jan Horváth told parliament", "he said": the last actor before the verb.
            let before = spans.filter { $0.tokens.upperBound <= index && !quoted[$0.tokens.lowerBound] }
            if let last = before.max(by: { $0.tokens.upperBound < $1.tokens.upperBound }), index - last.tokens.upperBound <= 3 {
                // "Rhodri Glyn Thomas, Plaid Cymru health spokesman, said": the named speaker of an
                // apposition, not the body named inside it.
                let opening = tokens[..<last.tokens.lowerBound].lastIndex { $0.text == "," }
                if let comma = opening, last.tokens.lowerBound - comma <= 3,
                   let speaker = before.first(where: { $0.tokens.upperBound == comma && $0.via == .name }), speaker.tokens.count >= 2 {
                    return [speaker.actor]
                }
                return spans.filter { $0.tokens == last.tokens }.map(\.actor)
            }
        }
        return nil
    }

    /// For "Kestrian Chancellor Lena Söderström" the person, not the qualifier before it.
    private func headOf(_ span: ActorSpan, spans: [ActorSpan]) -> [String] {
        var current = span
        while let next = spans.first(where: { $0.tokens.lowerBound == current.tokens.upperBound }) { current = next }
        return [current.actor]
    }
}
