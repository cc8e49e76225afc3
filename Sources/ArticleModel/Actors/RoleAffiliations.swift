/// Affiliations a person's role implies when the text names no one: a company officer's company,
/// a minister's country, a well-known office holder's country or body.
extension ActorRecognizer {
    /// People the text names with a role but no organisation: a title that only one country
    /// has ("Home Secretary Jo Bell") speaks for that country; a company's officer ("chief
    /// executive Jo Bell") for the company the article mentioned last before them, or the one it
    /// mentions most; a government's ("Treasurer Jo Bell") for the country the article is about;
    /// someone known by family name only ("President Ames", "Mr Ames") for the country or body of
    /// the one well-known office holder of that name in the article's year.
    func addRoleAffiliations(_ registry: inout ActorRegistry, year: Int?) {
        // Worked out only when someone needs them: most articles never do.
        var principalCache: String??
        var topCompanyCache: String??
        func principal() -> String? {
            if principalCache == nil { principalCache = .some(registry.principalCountry(lexicon: lexicon)) }
            return principalCache!
        }
        func topCompany() -> String? {
            if topCompanyCache == nil { topCompanyCache = .some(registry.mostMentioned(kind: .company)) }
            return topCompanyCache!
        }
        for index in registry.people.indices where registry.people[index].affiliation == nil && !registry.people[index].former && !registry.people[index].qualifiedByUnknown {
            let person = registry.people[index]
            if let national = person.roles.lazy.compactMap(words.nationalTitleActor).first {
                registry.people[index].affiliation = national
            } else if person.roles.contains(where: { ActorRecognizer.chairRoles.contains($0) }), let organisation = person.organisationBefore,
                      !person.companyIsNearer || person.companyBefore == nil {
                registry.people[index].affiliation = organisation  // "Chairman Sir Jo Bell said" after the committee's report
            } else if person.roles.contains(where: words.isCorporateRole), let company = person.companyBefore ?? topCompany() {
                registry.people[index].affiliation = company
            } else if person.roles.contains(where: { ActorRecognizer.chairRoles.contains($0) || words.isCorporateRole($0) }), let organisation = person.organisationBefore {
                // "Chairman Sir Jo Bell said" after the committee's report; "Chief executive Jo
                // Bell said" in a story about a charity and no company.
                registry.people[index].affiliation = organisation
            } else if person.roles.contains(where: { $0.hasPrefix("shadow ") }), year.map({ (1997...2010).contains($0) }) ?? true,
                      registry.kind(of: "conservative-party") == .party {
                // "Shadow foreign secretary Jo Bell": the shadow cabinet is the official
                // opposition's, the Conservatives' from 1997 to 2010.
                registry.people[index].affiliation = "conservative-party"
            } else if person.roles.contains(where: { ["leader", "party leader", "deputy leader"].contains($0) }), let party = person.partyBefore {
                registry.people[index].affiliation = party  // "Leader Jo Bell said" in a story about her party
            } else if person.words.count == 1, !ActorRecognizer.royalTitles.contains(where: person.roles.contains),
                      !person.roles.contains(where: { $0.hasSuffix("justice") || $0 == "judge" }),  // "Lord Justice Clarke" is no Clarke in office
                      let holder = officeHolder(surname: person.words[0], year: year, registry: registry) {
                registry.people[index].affiliation = holder
            } else if person.roles.contains(where: words.isGovernmentRole), let country = person.countryBefore ?? principal() {
                registry.people[index].affiliation = country
            } else if person.roles.contains(where: { ["president", "vice-president", "vice president"].contains($0) }), let country = person.countryBefore {
                registry.people[index].affiliation = country  // a head of state: only of a country just named
            }
        }
    }

    /// The actor of the one well-known office holder with this family name in `year` (any year
    /// when it is not known).
    private func officeHolder(surname: String, year: Int?, registry: ActorRegistry) -> String? {
        // Most family names are no office holder's: the sorted surname list says so quickly.
        guard !words.officeHolderActors(withSurname: surname).isEmpty else { return nil }
        let holders = Set(words.officeHolders.filter { holder in
            holder.name.spaceSeparatedWords.last == surname && (year.map { holder.from <= $0 && $0 <= holder.to } ?? true)
        }.map(\.actor))
        return Self.oneOf(holders, in: registry)
    }
}
