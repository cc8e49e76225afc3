extension StanceExtractor {
    /// Stances carried by a modifier: "pro-war Labour MP Oona King" (she supports the war),
    /// "anti-constitution group Vote No", "his anti-Iraq war stance" (he opposes it), "the
    /// Eurosceptic UKIP" is left to the lexicon. The actor is the one the phrase modifies: the
    /// name right after it, or the owner of a stance noun ("his ... stance").
    func modifierStances(in view: SentenceView, kinds: [String: Actor], catalog: inout IssueCatalog, sentenceRange: Range<Int>) -> [FoundStance] {
        var result: [FoundStance] = []
        var index = 0
        while index < view.count {
            let word = view.words[index]
            guard word == "pro" || word == "anti" else {
                index += 1
                continue
            }
            let sign = word == "pro" ? 1 : -1
            var cursor = index + 1
            if cursor < view.count, view.words[cursor] == "-" { cursor += 1 }
            // The issue words: nouns (and names that are no actors) up to what they modify.
            var issueWords: [String] = []
            while cursor < view.count, issueWords.count < 4, !view.isInsideSpan(cursor) || issueWords.isEmpty {
                let tag = view.tag(cursor)
                guard tag == .noun || tag == .properNoun || tag == .adjective || view.words[cursor] == "-" else { break }
                // "anti-noise campaigners HACAN", "anti-fraud consultancy Retail Decisions": the
                // noun for what the actor is ends the issue.
                if !issueWords.isEmpty, StanceExtractor.advocateNouns.contains(view.words[cursor]) || StanceExtractor.tradeNouns.contains(view.words[cursor]) { break }
                if view.words[cursor] != "-" { issueWords.append(view.words[cursor]) }
                cursor += 1
                // "pro-Iraq war Labour MP": stop where the modified name (or a role before it) starts.
                if cursor < view.count, view.isInsideSpan(cursor) { break }
                if cursor < view.count, StanceExtractor.stanceNouns.contains(view.words[cursor]) { break }
            }
            // "anti-virus firm F-Secure", "anti-piracy software": what a firm sells is no side it takes.
            guard !issueWords.isEmpty, cursor < view.count, !StanceExtractor.tradeNouns.contains(view.words[cursor]) else {
                index = cursor
                continue
            }
            var holders: [String] = []
            if let group = view.coordinatedGroup(startingAt: cursor) {
                holders = group.actors
            } else if StanceExtractor.stanceNouns.contains(view.words[cursor]), index > 0 {
                // "his anti-Iraq war stance": the owner before the modifier.
                var owner = index - 1
                if view.words[owner] == "'s", owner > 0 { owner -= 1 }
                if let span = view.spans(endingAt: owner).first {
                    holders = [span.actor]
                } else if StanceExtractor.possessives.contains(view.words[owner]), let subject = clauseSubject(before: owner, in: view) {
                    holders = subject.actors
                }
            } else if StanceExtractor.advocateNouns.contains(view.words[cursor]),
                      let group = view.coordinatedGroup(startingAt: cursor + 1) {
                holders = group.actors  // "anti-constitution group Vote No"
            }
            let lemma = WordClasses.nounLemma(issueWords.last!)
            var mention = IssueMention(head: lemma, distinguishing: nil, organisation: nil, modifiers: Array(issueWords.dropLast()), complement: nil)
            mention.isAnaphoric = false
            if !holders.isEmpty, let (issueIndex, frame) = catalog.add(mention) {
                for actor in holders where kinds[actor] != nil {
                    result.append((actor, .catalog(issueIndex), sign * frame > 0 ? .support : .oppose, view.words[index..<cursor].joined(separator: " "),
                                   sign > 0 ? "support" : "oppose", "modifier", false,
                                   Evidence(sentence: view.index, range: sentenceRange, cue: view.range(index, cursor - 1))))
                }
            }
            index = cursor
        }
        return result
    }

    /// Nouns for bodies and people that stand for something, between a "pro-"/"anti-" modifier
    /// and the actor's name: "anti-constitution group Vote No", "anti-noise campaigners HACAN".
    static let advocateNouns: Set<String> = ["group", "campaigners", "campaign", "party", "activists", "protesters", "lobby", "body", "consultancy",
                                             "organisation", "organization", "charity", "movement", "campaigner", "activist", "lobbyists", "watchdog"]

    /// Nouns for a trade or its goods after a "pro-"/"anti-" modifier: "anti-virus firm", "anti-spam software".
    static let tradeNouns: Set<String> = ["firm", "firms", "company", "companies", "maker", "makers", "vendor", "vendors", "specialist", "specialists", "software",
                                          "program", "programs", "programme", "programmes", "product", "products", "package", "packages", "provider", "providers", "tools", "filter", "filters"]

    /// Nouns for what someone stands for: "his anti-war stance".
    static let stanceNouns: Set<String> = ["stance", "position", "views", "view", "line", "campaign", "platform", "credentials", "policy", "policies", "agenda", "beliefs", "record"]
}
