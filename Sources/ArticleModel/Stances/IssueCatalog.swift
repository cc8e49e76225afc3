/// One mention of an issue: the head noun and what qualifies it.
struct IssueMention {
    /// The head noun as written, lower case: "resolution", "regime change".
    var head: String
    /// A country or place that makes this a different issue: "Libya" in "the Libya resolution".
    var distinguishing: String?
    /// An organisation in front: "UN" in "a UN resolution".
    var organisation: String?
    /// Adjectives in front: "presidential", "non-binding".
    var modifiers: [String]
    /// A phrase after the head that says what it is about: "threat of military action".
    var complement: String?
    /// Definite ("the sanctions", "this proposal"): refers back to an issue with the same head,
    /// or, for a plan or proposal, to the issue last talked about.
    var isAnaphoric = false
    /// Named as a plan, proposal, scheme or deal ("a plan for a levy" counts): what "the plan" can refer to.
    var isProposal = false
    /// Came from "talks on X joining": later bare "talks" or "negotiations" mean these.
    var isTalksAbout = false
    /// -1 when the mention names an act that undoes the issue ("plans to lift the embargo",
    /// "called for the embargo to be lifted"): a later "the move" means that act.
    var frame = 1
    /// -1 when a plan's own words undo the issue ("plans to abolish 162 quangos"): a later "the
    /// plans" means that plan, so attacking it backs the issue.
    var planFrame = 1
    /// For a pronoun ("it", "them"), whether it is plural: it refers back only to an issue whose
    /// head agrees ("opposed them" is not about "the resignation").
    var pronounIsPlural: Bool?
}

/// Merges issue mentions into the issues of one article and gives each a label and a stable id.
///
/// Mentions with the same head merge unless the text distinguishes them by a place or country
/// ("the Libya resolution" is not "a UN resolution"); labels come from the fullest mentions.
struct IssueCatalog {
    private(set) var mentions: [[IssueMention]] = []
    private var keys: [String] = []
    /// Heads that mean the same issue: "accession" and "joining" are "membership".
    var synonyms: [String: String] = [:]
    private var lastUsed: Int?
    private var lastProposal: Int?
    /// Heads that name an act rather than a measure: "the move", "the decision".
    static let actNouns: Set<String> = ["move", "moves", "decision", "step", "action"]

    /// The frame of the last act put forward on each issue ("plans to lift the embargo": -1).
    private var actFrames: [Int: Int] = [:]
    /// The frame of the last plan whose own words undo each issue ("plans to abolish X": -1).
    private var planFrames: [Int: Int] = [:]

    /// Whether an issue's mentions name it in the plural ("the cuts", "ID cards"); a head that
    /// is plural in form but one thing ("the sanctions", "talks", "news") counts as either.
    static func isPlural(_ mentions: [IssueMention]) -> Bool? {
        guard let head = mentions.first(where: { !$0.head.isEmpty })?.head.split(separator: " ").last.map(String.init) else { return nil }
        if ["sanctions", "talks", "negotiations", "news", "politics", "economics", "series", "means", "species", "arms", "finances", "savings", "proceeds", "earnings"].contains(head) { return nil }
        return head.hasSuffix("s") && !head.hasSuffix("ss") && !head.hasSuffix("us") && !head.hasSuffix("is")
    }

    /// Whether a pronoun of that number can stand for the issue (always, when either is unknown).
    static func agrees(_ pronounIsPlural: Bool?, with mentions: [IssueMention]) -> Bool {
        guard let pronounIsPlural, let issueIsPlural = isPlural(mentions) else { return true }
        return pronounIsPlural == issueIsPlural
    }

    /// The index of the issue this mention belongs to, creating it when new, and the frame of
    /// what it refers to. A mention that refers back ("the plan") joins the issue with its head,
    /// or else the last issue used; the frame is -1 when "the move" refers back to the lifting
    /// of the embargo whose column it joins (a stance on the move is the opposite on the
    /// embargo), 1 otherwise.
    mutating func add(_ mention: IssueMention) -> (index: Int, frame: Int)? {
        let head = canonical(mention.head)
        let key = head + "|" + (mention.distinguishing ?? "")
        let index: Int
        var frame = 1
        // "the move", "it": a mention that names nothing of its own.
        var refersBack = false
        if mention.head.isEmpty {
            // "reject it": only when something was talked about before.
            guard let last = lastUsed, IssueCatalog.agrees(mention.pronounIsPlural, with: mentions[last]) else { return nil }
            index = last
            refersBack = true
        } else if head == "talks", mention.distinguishing == nil, mention.complement == nil,
                  let membership = mentions.firstIndex(where: { $0.contains(where: \.isTalksAbout) }) {
            // "an early start to negotiations" after "talks on Norway joining the bloc"
            mentions[membership].append(mention)
            index = membership
        } else if let known = keys.firstIndex(of: key) {
            mentions[known].append(mention)
            index = known
        } else if mention.isAnaphoric, let sameHead = keys.lastIndex(where: { $0.hasPrefix(head + "|") }) {
            index = sameHead  // "the sanctions" after "the sanctions on Orlesia"
        } else if mention.isAnaphoric, mention.isProposal, let salient = mostMentionedProposal() ?? lastProposal ?? lastUsed {
            // "the plans", "the move": the measure the article is most about so far.
            mentions[salient].append(mention)
            index = salient
            // Only an act's name takes the act's frame: "the move" may be the lifting of the
            // embargo, while "the plan" is the measure itself ("vowed to block the plan for a
            // levy ... rejected the plan" rejects the levy).
            frame = IssueCatalog.actNouns.contains(head) ? actFrames[salient] ?? 1 : planFrames[salient] ?? 1
            refersBack = true
        } else {
            keys.append(key)
            mentions.append([mention])
            index = mentions.count - 1
        }
        lastUsed = index
        // What a mention that names its issue says is put forward on it.
        if !refersBack, mention.isProposal || mention.frame < 0 { actFrames[index] = mention.frame }
        if !refersBack, mention.isProposal { planFrames[index] = mention.planFrame }
        if mention.isProposal || mentions[index].contains(where: \.isProposal) { lastProposal = index }
        return (index, frame)
    }

    /// The proposal mentioned most often so far (the later of two as often).
    private func mostMentionedProposal() -> Int? {
        mentions.indices.filter { mentions[$0].contains(where: \.isProposal) }.max { (mentions[$0].count, $0) < (mentions[$1].count, $1) }
    }

    /// The head that stands for `head`'s synonym group, or `head` itself.
    /// One issue under its plural and singular ("targets", "target") and its synonyms.
    /// Case does not part issues: "the Budget" and "his budget" are one.
    func canonical(_ head: String) -> String {
        let head = head.lowercased()
        if let synonym = synonyms[head] { return synonym }
        // ("interest rates", "interest rate": a compound under its last word's lemma.)
        guard let space = head.lastIndex(of: " ") else {
            let lemma = WordClasses.nounLemma(head)
            return synonyms[lemma] ?? lemma
        }
        let compound = head[..<space] + " " + WordClasses.nounLemma(String(head[head.index(after: space)...]))
        return synonyms[compound] ?? compound
    }

    /// The head to show for an issue: its first mention's, unless that is a verb form ("joining"),
    /// then another mention's or the synonym group's ("membership").
    func displayHead(_ index: Int) -> String {
        let first = mentions[index][0].head
        guard first.hasSuffix("ing") else { return first }
        return synonyms[first] ?? mentions[index].first(where: { !$0.head.hasSuffix("ing") })?.head ?? first
    }

    /// The label of issue `index`: "UN resolution (threat of military action)", "presidential statement".
    func label(_ index: Int) -> String {
        let group = mentions[index]
        let head = displayHead(index)
        let organisation = group.lazy.compactMap(\.organisation).first
        // The fullest description the article gives: the mention with the most words before the head.
        let modifiers = group.max { $0.modifiers.count < $1.modifiers.count }?.modifiers ?? []
        var words: [String] = []
        if let organisation { words.append(organisation) }
        // ("tax and welfare system": a coordination is kept whole, or it reads "tax and system".)
        let isCoordination = modifiers.count <= 3 && modifiers.contains { ["and", "or"].contains($0) }
        words += isCoordination ? modifiers : Array(modifiers.prefix(2))
        words.append(head)
        var label = words.joined(separator: " ")
        if let distinguishing = group[0].distinguishing {
            label += " (\(distinguishing))"
        } else if let complement = group.lazy.compactMap(\.complement).first {
            label += " (\(complement))"
        }
        return label
    }

    /// A few words for a narrow column: the distinguishing place, else the head noun.
    func shortLabel(_ index: Int) -> String {
        mentions[index][0].distinguishing ?? displayHead(index)
    }

    /// A stable id from the head, and what distinguishes it when another issue has the same
    /// head: "resolution", "resolution-libya".
    func id(_ index: Int) -> String {
        let mention = mentions[index][0]
        let head = canonical(mention.head)
        let sameHead = mentions.filter { canonical($0[0].head) == head }.count
        // Named after the issue's first mention ("truce" stays "truce" even though it merges with "ceasefire").
        let parts = sameHead > 1 ? [displayHead(index), mention.distinguishing].compactMap { $0 } : [displayHead(index)]
        return ActorRegistry.slug(parts.joined(separator: " "))
    }
}
