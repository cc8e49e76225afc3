extension StanceExtractor {
    /// Whether a cue, in this use, takes no side on its object: "refused to rule out tax rises"
    /// and "would not rule out a deal" leave the question open; "denied having a role" denies a
    /// fact; "blamed poor sales", "blamed the cuts on low returns" name a cause, not a target.
    func isNoPosition(_ hit: CueHit, object: Object, negations: Int, in view: SentenceView) -> Bool {
        let lemma = hit.form.lemma
        if lemma == "rule out", negations % 2 == 1 { return true }
        if hit.sign < 0, hit.end + 2 < view.count, view.words[hit.end] == "to", view.words[hit.end + 1] == "rule", view.words[hit.end + 2] == "out" { return true }
        // ("denies breaking rules" still defends what was done.)
        if lemma == "deny", hit.end < view.count, ["having", "being", "knowing", "seeing", "meeting", "receiving"].contains(view.words[hit.end]) { return true }
        if lemma == "blame", case .issues = object.target { return true }
        // "threatened legal action against any buyer", "threatens a strike": what one threatens
        // is a step one would take, not a thing one is against (an actor threatened is a target).
        if lemma == "threaten", case .issues = object.target { return true }
        // "denied her faith meant she would refuse", "denied it amounted to a crisis": what is
        // denied is a claim, not the noun that opens it.
        if lemma == "deny", deniesAClaim(after: hit.end, in: view) { return true }
        // "cancelled a closed-door session", "postponed the meeting": calling off a gathering
        // sets a diary, not a position on anything.
        if StanceExtractor.reschedulingLemmas.contains(lemma), case .issues(let targets) = object.target,
           targets.allSatisfy({ StanceExtractor.gatheringNouns.contains(WordClasses.nounLemma($0.0.head)) }) { return true }
        // "kept his composure", "keep their places": holding on to one's own state or place takes
        // no side ("will keep its rebate", a known issue, does).
        if lemma == "keep", hit.end < view.count, StanceExtractor.possessives.contains(view.words[hit.end]), case .issues(let targets) = object.target,
           targets.allSatisfy({ !cues.issueNouns.contains($0.0.head) && !cues.issueNouns.contains(WordClasses.nounLemma($0.0.head)) }) { return true }
        // "played down fears of a rift", "shrugged off the disappointment": waving away a feeling
        // or a prospect takes no side on any issue.
        if StanceExtractor.wavingLemmas.contains(lemma), case .issues(let targets) = object.target,
           targets.allSatisfy({ StanceExtractor.prospectNouns.contains($0.0.head) || WordClasses.entry(WordClasses.nounLemma($0.0.head))?.nounField == .feeling }) { return true }
        // "presented the best song prize", "accepted the award": giving or taking an honour is an
        // event, not a side taken on anything ("rejected the award" still is one).
        if hit.sign > 0, case .issues(let targets) = object.target, targets.allSatisfy({ StanceExtractor.namesAnHonour($0.0.head) }) { return true }
        // "lost against Wales", "the match against Scotland": a contest has sides, not positions.
        if lemma == "against", hit.start > 0, StanceExtractor.contestWords.contains(view.words[hit.start - 1]) { return true }
        // "withdrew from the Athens Olympics", "pulled out of the tournament": leaving a contest is
        // an event (injury, form), not a position on it.
        if StanceExtractor.leavingLemmas.contains(lemma), case .issues(let targets) = object.target,
           targets.allSatisfy({ $0.0.head.split(separator: " ").last.map { StanceExtractor.contestNouns.contains(WordClasses.nounLemma($0.lowercased())) } ?? false }) { return true }
        // "agreed to withdraw his bill after its second reading", "withdrew its takeover offer":
        // taking back one's own proposal is a step in its course, not a turn against it ("urged
        // the director to withdraw the film" still is one).
        if withdrawsOwnProposal(hit, in: view) { return true }
        // "ended his response with a challenge", "halted its tour": ending one's own doing is no
        // side taken ("ended its boycott of the talks" turns round through the cue it owns, and stays).
        if ["end", "stop", "halt"].contains(lemma), hit.end < view.count, StanceExtractor.possessives.contains(view.words[hit.end]), !object.rules.contains("chain"),
           case .issues(let targets) = object.target,
           targets.allSatisfy({ !cues.issueNouns.contains(WordClasses.nounLemma($0.0.head)) && !cues.containerNouns.contains($0.0.head) && !cues.proposalNouns.contains($0.0.head) }) { return true }
        // "pushing for promotion", "will defend her title": a place in a contest is sought, not a
        // position (a title got rid of, "the title of lord chancellor", still is one).
        if case .issues(let targets) = object.target, targets.allSatisfy({ StanceExtractor.contestPrizes.contains(WordClasses.nounLemma($0.0.head))
               || (WordClasses.nounLemma($0.0.head) == "title" && ["defend", "regain", "retain", "win", "seek"].contains(lemma)) }) { return true }
        // "suggested the claim that ...", "put forward the allegation": a claim put forward is no measure;
        // "is to launch his own party", "set up a new group": founding a body is an act, not a side.
        if hit.form.cueClass == .propose, case .issues(let targets) = object.target,
           targets.allSatisfy({ StanceExtractor.claimNouns.contains($0.0.head) || StanceExtractor.foundedBodies.contains(WordClasses.nounLemma($0.0.head)) }) { return true }
        // "has withdrawn $1bn in assets": moving money takes no side.
        if lemma == "withdraw", hit.end < view.count, ["$", "£", "€"].contains(where: view.words[hit.end].hasPrefix) || view.tag(hit.end) == .number { return true }
        // "expects to get US regulatory approval for the deal", "needs the backing of its
        // shareholders": consent sought or awaited is not yet given ("won the backing of" is).
        if hit.sign > 0, !hit.form.isVerb, StanceExtractor.consentNouns.contains(WordClasses.nounLemma(view.words[hit.start])), isSought(nounAt: hit.start, in: view) { return true }
        return false
    }

    /// Whether the cue is, or runs straight into, "withdraw" or "retract" with a possessive
    /// pronoun after it: the subject takes back its own.
    private func withdrawsOwnProposal(_ hit: CueHit, in view: SentenceView) -> Bool {
        var verb = hit.start
        if !["withdraw", "retract"].contains(hit.form.lemma) {
            guard hit.end + 1 < view.count, view.words[hit.end - 1] == "to" || view.words[hit.end] == "to" else { return false }
            verb = view.words[hit.end - 1] == "to" ? hit.end : hit.end + 1
        }
        guard verb + 1 < view.count, ["withdraw", "retract"].contains(view.tags[verb].lemma) else { return false }
        return ["his", "her", "its", "their", "our", "my"].contains(view.words[verb + 1])
    }

    /// Nouns of consent one party gives another: "approval", "backing", "blessing".
    static let consentNouns: Set<String> = ["approval", "backing", "support", "blessing", "endorsement", "consent", "permission", "go-ahead", "clearance"]

    /// Verbs that seek or await what they take: "needs", "awaits", "applied for".
    static let seekingLemmas: Set<String> = ["seek", "need", "require", "await", "request", "want", "expect", "apply", "ask", "hope"]
    /// Verbs of getting, which only seek what they take when infinitive or modal: "to win
    /// approval", "will get the go-ahead".
    static let acquiringLemmas: Set<String> = ["get", "gain", "win", "obtain", "secure", "receive", "earn", "have"]

    /// Whether the noun at `noun` is the object of seeking, not of having got: "to get
    /// regulatory approval", "needs the backing of", "applied for permission".
    func isSought(nounAt noun: Int, in view: SentenceView) -> Bool {
        var index = noun - 1
        while index >= 0, noun - index <= 5 {
            let word = view.words[index]
            if [",", ";", ":", "."].contains(word) || QuoteMarks.isDouble(word) { return false }
            if ["for", "of"].contains(word), index > 0, StanceExtractor.seekingLemmas.contains(view.tags[index - 1].lemma) { return true }
            if view.tag(index) == .verb || view.tag(index) == .modal {
                let lemma = view.tags[index].lemma
                if StanceExtractor.seekingLemmas.contains(lemma) { return true }
                guard StanceExtractor.acquiringLemmas.contains(lemma), index > 0 else { return false }
                let before = view.words[index - 1]
                return before == "to" || view.tag(index - 1) == .modal
            }
            index -= 1
        }
        return false
    }

    /// Honours given at a ceremony: "the best song prize", "a special award".
    static let honourNouns: Set<String> = ["prize", "award", "trophy", "medal", "ceremony", "honour", "accolade", "gong", "oscar", "bafta", "grammy", "brit"]

    /// Whether an issue's head names an honour ("a pay award" is a wage rise, not an honour).
    static func namesAnHonour(_ head: String) -> Bool {
        let words = head.split(separator: " ").map { $0.lowercased() }
        guard let last = words.last else { return false }
        return honourNouns.contains(WordClasses.nounLemma(last)) && !words.contains("pay")
    }

    /// Sporting contests one takes part in: "the tournament", "the Olympics".
    static let contestNouns: Set<String> = ["tournament", "championship", "olympics", "games", "game", "race", "match", "final", "cup", "open", "series", "tie",
                                            "competition", "event", "season", "tour", "fixture", "semi-final", "quarter-final", "league", "grand prix", "marathon", "meeting"]

    /// Words a contest's other side follows with "against": "lost against", "the match against".
    static let contestWords: Set<String> = ["match", "game", "tie", "fixture", "clash", "encounter", "final", "semi-final", "quarter-final", "defeat", "victory", "win", "draw", "loss", "debut", "derby", "showdown",
                                            "lost", "lose", "loses", "losing", "won", "wins", "winning", "drew", "draws", "drawing", "play", "plays", "played", "playing", "scored", "scores", "scoring"]

    /// Cues that wave something away: "play down", "shrug off".
    static let wavingLemmas: Set<String> = ["play down", "shrug off", "brush aside", "brush off", "downplay", "dismiss"]

    /// Cues that leave something: "withdraw from", "pull out of".
    static let leavingLemmas: Set<String> = ["withdraw from", "pull out of"]

    /// Verbs that call off or move a date.
    static let reschedulingLemmas: Set<String> = ["cancel", "postpone", "delay", "defer", "call off", "suspend"]

    /// What a contest gives or takes away: "promotion", "the title".
    static let contestPrizes: Set<String> = ["promotion", "relegation", "medal", "trophy", "podium", "gold", "silver", "bronze"]

    /// Bodies one may found or launch for oneself: "his own party", "a new group" (a commission
    /// or an agency set up is a measure, and stays).
    static let foundedBodies: Set<String> = ["party", "group", "movement", "organisation", "organization", "company", "firm", "business", "charity", "club",
                                         "society", "association", "website", "channel", "magazine", "newspaper", "network"]
    /// Gatherings that can be called off: "session", "meeting", "concert".
    static let gatheringNouns: Set<String> = ["session", "meeting", "hearing", "conference", "summit", "visit", "trip", "ceremony", "concert", "show", "tour", "flight", "event", "match", "game", "gig", "performance", "screening", "launch", "interview", "appearance"]

    /// Whether the words after "deny" make a clause: "that" right after it, or a finite verb or
    /// modal after a noun phrase, before any punctuation.
    private func deniesAClaim(after start: Int, in view: SentenceView) -> Bool {
        var index = start
        while index < view.count, index - start < 8 {
            let word = view.words[index]
            // ("denied reports that ...": the reports are what is denied, as coders read it.)
            if word == "that" { return index == start }
            if [",", ".", ";", ":"].contains(word) || QuoteMarks.isDouble(word) { return false }
            if index > start, view.tag(index) == .modal || (view.tag(index) == .verb && [.past, .thirdPerson].contains(view.tags[index].inflection)) { return true }
            index += 1
        }
        return false
    }

    /// Whether a proposal's object is a measure someone could take a side on: an act put as a
    /// verb ("offered to repay"), or a noun phrase whose head names a measure ("plan", "offer",
    /// "increase"), not a product or a unit of a business ("service", "division").
    func namesAMeasure(_ object: Object) -> Bool {
        guard case .issues(let targets) = object.target else { return true }
        if object.rules.contains(where: { $0 != "chain" }) { return true }  // "verb-issue", "resource-cut", ...
        return targets.contains { target in
            let head = target.0.head
            return [head, head.hasSuffix("s") ? String(head.dropLast()) : head].contains { word in
                cues.issueNouns.contains(word) || cues.containerNouns.contains(word) || cues.proposalNouns.contains(word) || cues.canonicalHead[word] != nil
            }
        }
    }

    /// Words that, after a form of "be" and before "to", foresee an act rather than hold it.
    static let foreseeingWords: Set<String> = ["expected", "tipped", "predicted", "forecast", "due"]

    /// Whether the infinitive at `start` is foreseen, not held: "is expected to keep rates on
    /// hold", "may be able to sell the gold and use the cash to cancel". ("Is unlikely to back"
    /// is a stance, as the codebook has it: "unlikely" negates instead.)
    /// The look back stops at a clause's edge (punctuation, "that", a reporting verb, or an "and"
    /// or "but" that opens a new subject).
    func isForeseen(infinitiveAt start: Int, in view: SentenceView) -> Bool {
        var index = start - 1
        while index >= 2, start - index <= 14 {
            let word = view.words[index]
            if [",", ";", ":", "that", "said", "says", "say", "told"].contains(word) || QuoteMarks.isDouble(word) { return false }
            if ["and", "but"].contains(word), [.determiner, .pronoun, .properNoun, .possessive, .number].contains(view.tag(index + 1) ?? .punctuation) { return false }
            if word == "to" {
                var before = index - 1
                let foreseeing = StanceExtractor.foreseeingWords.contains(view.words[before])
                let able = view.words[before] == "able"
                guard foreseeing || able else { index -= 1; continue }
                before -= 1
                while before >= 0, view.tag(before) == .adverb { before -= 1 }
                guard before >= 0, StanceExtractor.beForms.contains(view.words[before]) else { index -= 1; continue }
                if foreseeing { return true }
                // "may be able to": a possibility; "will be able to" still promises.
                return before >= 1 && view.words[before] == "be" && ["may", "might", "could", "would"].contains(view.words[before - 1])
            }
            index -= 1
        }
        return false
    }
}
