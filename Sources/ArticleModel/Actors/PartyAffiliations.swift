/// The party of a well-known politician whom the text gives no affiliation at all.
extension ActorRecognizer {
    /// People still without an affiliation once the text, their roles and the office holders
    /// have had their say, who are well-known party politicians ("Margaret Thatcher", "Roy
    /// Hattersley"): the party they belonged to in the article's era, else the party of their
    /// record nearest to it (the article is about someone long gone or out of politics). A person
    /// named by family name alone ("Lord Hattersley") takes it only when one politician in the
    /// list has that name and the article mentions their party.
    func addPartyAffiliations(_ registry: inout ActorRegistry, year: Int?) {
        guard !words.partyMembers.isEmpty else { return }
        var era: ClosedRange<Int>??
        for index in registry.people.indices where registry.people[index].affiliation == nil {
            let person = registry.people[index]
            var records = words.partyMembers[person.fullName] ?? []
            if records.isEmpty, person.words.count == 1 {
                guard let names = words.partyMemberNames[person.words[0]], names.count == 1, let namesake = words.partyMembers[names.first!],
                      namesake.contains(where: { registry.kind(of: $0.actor) != nil }) else { continue }
                records = namesake
            }
            guard !records.isEmpty else { continue }
            if era == nil { era = .some(year.map { $0...$0 } ?? Self.era(of: soleOfficeRecords(in: registry))) }
            if let party = Self.party(of: records, in: era!, registry: registry) {
                registry.people[index].affiliation = party
            }
        }
    }

    /// The one party among the records that cover the era, or that the article mentions; with
    /// no record covering it, the one nearest to it in years; with no era, the only party of all.
    private static func party(of records: [RolesFile.OfficeHolder], in era: ClosedRange<Int>?, registry: ActorRegistry) -> String? {
        guard let era else { return oneOf(Set(records.map(\.actor)), in: registry) }
        let covering = records.filter { $0.from <= era.upperBound && era.lowerBound <= $0.to }
        if !covering.isEmpty { return oneOf(Set(covering.map(\.actor)), in: registry) }
        func distance(_ record: RolesFile.OfficeHolder) -> Int {
            record.to < era.lowerBound ? era.lowerBound - record.to : record.from - era.upperBound
        }
        let nearest = records.map(distance).min()!
        return oneOf(Set(records.filter { distance($0) == nearest }.map(\.actor)), in: registry)
    }
}
