import ArticleModel

/// The model's output for an article (sentences, actors and their mentions, issues, stances)
/// as a blob, without the text it points into: the text is stored once, in `document`.
enum AnalysisCoding {
    /// Bump when the encoding changes; part of the version analyses are stored under.
    static let formatRevision = 1

    static let kinds = ByteChoices(ActorKind.allCases) { $0.rawValue }
    static let vias = ByteChoices([MentionSource.name, .alias, .demonym, .metonym, .role, .surname, .pronoun]) { $0.rawValue }
    static let polarities = ByteChoices(Polarity.allCases) { $0.rawValue }

    static func encode(_ article: Article) -> [UInt8] {
        var out = ByteWriter()
        out.int(article.sentences.count)
        var base = 0
        for sentence in article.sentences {
            out.range(sentence.range, after: base)
            out.int(sentence.paragraph)
            base = sentence.range.lowerBound
        }
        out.int(article.actors.count)
        for actor in article.actors {
            out.string(actor.id)
            out.string(actor.name)
            out.string(actor.kind.rawValue)
            out.optionalString(actor.affiliation)
            out.int(actor.mentions.count)
            var mentionBase = 0
            for mention in actor.mentions {
                out.range(mention.range, after: mentionBase)
                out.string(mention.text)
                out.string(mention.via.rawValue)
                mentionBase = mention.range.lowerBound
            }
        }
        out.int(article.issues.count)
        for issue in article.issues {
            out.string(issue.id)
            out.string(issue.label)
            out.optionalString(issue.shortLabel == issue.label ? nil : issue.shortLabel)
            out.optionalString(issue.targetActor)
        }
        out.int(article.stances.count)
        for stance in article.stances {
            out.string(stance.actor)
            out.string(stance.issue)
            out.string(stance.polarity.rawValue)
            out.string(stance.cue)
            out.string(stance.cueClass)
            out.string(stance.rule)
            out.bool(stance.negated)
            out.int(stance.evidence.count)
            for evidence in stance.evidence {
                out.int(evidence.sentence)
                out.range(evidence.range, after: 0)
                out.bool(evidence.cue != nil)
                if let cue = evidence.cue { out.range(cue, after: 0) }
            }
        }
        return out.bytes
    }

    /// The analysis put back around its text and layout; nil when the blob is damaged.
    /// `textLength` is the text's length in scalars when the caller has counted it.
    static func decode(_ bytes: [UInt8], into article: inout Article, textLength: Int? = nil) -> Bool {
        bytes.withUnsafeBytes { decode($0, into: &article, textLength: textLength) }
    }

    /// As `decode(_:into:textLength:)`, from bytes in place (a blob as SQLite hands it over).
    static func decode(_ bytes: UnsafeRawBufferPointer, into article: inout Article, textLength: Int? = nil) -> Bool {
        ByteReader.reading(bytes) { input in decode(&input, into: &article, textLength: textLength) }
    }

    private static func decode(_ input: inout ByteReader, into article: inout Article, textLength: Int?) -> Bool {
        do {
            var sentences: [Sentence] = []
            var base = 0
            let sentenceCount = try input.count()
            sentences.reserveCapacity(sentenceCount)
            for _ in 0..<sentenceCount {
                let range = try input.range(after: base)
                sentences.append(Sentence(range: range, paragraph: try input.int()))
                base = range.lowerBound
            }
            var actors: [Actor] = []
            let actorCount = try input.count()
            actors.reserveCapacity(actorCount)
            for _ in 0..<actorCount {
                let id = try input.string(), name = try input.string()
                let kind = try input.choice(Self.kinds) ?? .other
                let affiliation = try input.optionalString()
                var mentions: [Mention] = []
                var mentionBase = 0
                let mentionCount = try input.count()
                mentions.reserveCapacity(mentionCount)
                for _ in 0..<mentionCount {
                    let range = try input.range(after: mentionBase)
                    let text = try input.string()
                    guard let via = try input.choice(Self.vias) else { return false }
                    mentions.append(Mention(range: range, text: text, via: via))
                    mentionBase = range.lowerBound
                }
                actors.append(Actor(id: id, name: name, kind: kind, affiliation: affiliation, mentions: mentions))
            }
            var issues: [Issue] = []
            for _ in 0..<(try input.count()) {
                let id = try input.string(), label = try input.string()
                let shortLabel = try input.optionalString()
                issues.append(Issue(id: id, label: label, shortLabel: shortLabel, targetActor: try input.optionalString()))
            }
            var stances: [Stance] = []
            let stanceCount = try input.count()
            stances.reserveCapacity(stanceCount)
            for _ in 0..<stanceCount {
                let actor = try input.string(), issue = try input.string()
                guard let polarity = try input.choice(Self.polarities) else { return false }
                let cue = try input.string(), cueClass = try input.string(), rule = try input.string()
                let negated = try input.bool()
                var evidence: [Evidence] = []
                for _ in 0..<(try input.count()) {
                    let sentence = try input.int()
                    let range = try input.range(after: 0)
                    let cueRange = try input.bool() ? try input.range(after: 0) : nil
                    evidence.append(Evidence(sentence: sentence, range: range, cue: cueRange))
                }
                stances.append(Stance(actor: actor, issue: issue, polarity: polarity, cue: cue, cueClass: cueClass, rule: rule, negated: negated, evidence: evidence))
            }
            guard input.isAtEnd else { return false }
            let length = textLength ?? ScalarCount.of(article.text)
            // Ranges must point into the text: a damaged blob must never crash the reader.
            guard sentences.allSatisfy({ $0.range.upperBound <= length }),
                  actors.allSatisfy({ $0.mentions.allSatisfy { $0.range.upperBound <= length } }),
                  stances.allSatisfy({ $0.evidence.allSatisfy { $0.range.upperBound <= length && ($0.cue?.upperBound ?? 0) <= length && $0.sentence < sentences.count } })
            else { return false }
            article.sentences = sentences
            article.actors = actors
            article.issues = issues
            article.stances = stances
            return true
        } catch {
            return false
        }
    }
}

/// A document's paragraph ranges and captions as a blob.
enum LayoutCoding {
    static func encode(paragraphs: [Range<Int>], captions: [String]) -> [UInt8] {
        var out = ByteWriter()
        out.int(paragraphs.count)
        var base = 0
        for paragraph in paragraphs {
            out.range(paragraph, after: base)
            base = paragraph.lowerBound
        }
        out.int(captions.count)
        for caption in captions { out.string(caption) }
        return out.bytes
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, textLength: Int) -> (paragraphs: [Range<Int>], captions: [String])? {
        ByteReader.reading(bytes) { input in decode(&input, textLength: textLength) }
    }

    private static func decode(_ input: inout ByteReader, textLength: Int) -> (paragraphs: [Range<Int>], captions: [String])? {
        do {
            var paragraphs: [Range<Int>] = []
            var base = 0
            for _ in 0..<(try input.count()) {
                let range = try input.range(after: base)
                guard range.upperBound <= textLength else { return nil }
                paragraphs.append(range)
                base = range.lowerBound
            }
            var captions: [String] = []
            for _ in 0..<(try input.count()) { captions.append(try input.string()) }
            return input.isAtEnd ? (paragraphs, captions) : nil
        } catch {
            return nil
        }
    }
}
