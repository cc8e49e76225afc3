import Foundation
import Testing
@testable import ArticleModel

/// Companies, affiliations and the other actor rules real articles needed, each on invented
/// sentences with the model's exact output: every actor as "id kind affiliation", in the model's
/// order, and its mentions as "text/via".
@Suite("Companies and affiliations")
struct CompanyAndAffiliationTests {
    // MARK: - Companies

    @Test func bundledCompaniesCarryTheirHomeCountry() throws {
        #expect(try actorLines("Vodafone and Toyota both said profits rose.") == [
            "vodafone company united-kingdom: Vodafone/name",
            "toyota company japan: Toyota/name",
        ])
    }

    @Test func aBundledOneWordNameInsideAnotherNameOrAProductIsNoCompany() throws {
        #expect(try actorLines("Agent Orange was banned. The Orange Order marched. Fans bought the Nokia 6600 phone.") == [])
        #expect(try actorLines("Shell shocked traders sold early.") == [])
        #expect(try actorLines("Shell said it would cut 300 jobs.") == ["shell company united-kingdom: Shell/name, it/pronoun"])
    }

    @Test func legalFormsAndBusinessNounsCloseACompanysName() throws {
        #expect(try actorLines("Kestrel Airways cut fares, Borvik AG followed and Tamber Holdings plc stayed out.") == [
            "kestrel-airways company -: Kestrel Airways/name",
            "borvik-ag company -: Borvik AG/name",
            "tamber-holdings-plc company -: Tamber Holdings plc/name",
        ])
    }

    @Test func aPublicBankIsAnOrganisationAndALenderACompany() throws {
        #expect(try actorLines("The Central Bank of Ostrava raised rates and the Ostrava Savings Bank cut them.") == [
            "central-bank-of-ostrava organisation -: Central Bank of Ostrava/name",
            "ostrava-savings-bank company -: Ostrava Savings Bank/name",
        ])
    }

    @Test func aBundledCompanyUnderAFullerNameIsThatCompany() throws {
        #expect(try actorLines("Daiwa Securities expects a cut. Daiwa said so on Monday.") == [
            "daiwa company japan: Daiwa Securities/alias, Daiwa/name",
        ])
    }

    @Test func namesInTwoPartsOrWithAnAmpersandAreCompaniesWhenTheyAct() throws {
        #expect(try actorLines("NorthCom said the deal was dead. Harlow & Finch said it would appeal.") == [
            "northcom company -: NorthCom/name",
            "harlow-finch company -: Harlow & Finch/name",
        ])
        #expect(try actorLines("Fans queued for the new BoxStation console.") == [])
    }

    @Test func descriptorsAndBusinessWordsMakeAnUnknownNameACompany() throws {
        #expect(try actorLines("Shares in carmaker Tamblin rose after rival Ostrava cut prices. Tamblin said demand was strong.") == [
            "tamblin company -: Tamblin/name, Tamblin/alias",
            "ostrava company -: Ostrava/name",
        ])
        #expect(try actorLines("Pellam, a Texas-based company, admitted the charge.") == ["pellam company -: Pellam/name"])
        #expect(try actorLines("Campaigners from the charity Shelterwell protested.") == ["shelterwell organisation -: Shelterwell/name"])
        // A number may be part of the name: inside it, or closing it after a descriptor.
        #expect(try actorLines("Campaign group Mothers 4 Harbours protested.") == ["mothers-4-harbours organisation -: Mothers 4 Harbours/name"])
        #expect(try actorLines("The pressure group Harbourwatch 2000 protested.") == ["harbourwatch-2000 organisation -: Harbourwatch 2000/name"])
    }

    @Test func aCompanysFirstWordNamesItLater() throws {
        #expect(try actorLines("Marlow & Teague reported a loss. Marlow blamed the summer.") == [
            "marlow-teague company -: Marlow & Teague/name, Marlow/alias",
        ])
    }

    @Test func jsonGivesACompanysKindAndHomeCountry() throws {
        let article = try ArticleReader().read(text: "Title\n\nTamblin chief executive Pia Lund said Vodafone was wrong.\n", source: "t")
        let json = try ExtractDocument(articles: [article]).encoded()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let actors = try #require((document["articles"] as? [[String: Any]])?.first?["actors"] as? [[String: Any]])
        #expect(actors.map { "\($0["id"] as? String ?? "") \($0["kind"] as? String ?? "") \($0["affiliation"] as? String ?? "null")" } == [
            "tamblin company null", "pia-lund person tamblin", "vodafone company united-kingdom",
        ])
    }

    // MARK: - Affiliations

    @Test func anUnknownOrganisationBeforeARoleAndAName() throws {
        #expect(try actorLines("Fair Waters Abroad director Ines Kolar said detainees were mistreated.") == [
            "fair-waters-abroad organisation -: Fair Waters Abroad/name",
            "ines-kolar person fair-waters-abroad: Ines Kolar/name",
        ])
        #expect(try actorLines("Tamblin chief executive Pia Lund said sales fell.") == [
            "tamblin company -: Tamblin/name",
            "pia-lund person tamblin: Pia Lund/name",
        ])
    }

    @Test func aPlaceBeforeAnMPIsNoOrganisation() throws {
        #expect(try actorLines("Brackley MP Ada Price voted against.") == ["ada-price person -: MP Ada Price/name"])
    }

    @Test func aRoleAtAnOrganisationAfterTheName() throws {
        #expect(try actorLines("\"The cut is overdue,\" said Jens Oberg, an analyst at Petrel.") == [
            "jens-oberg person petrel: Jens Oberg/name",
            "petrel company -: Petrel/name",
        ])
        #expect(try actorLines("Mike Lane, chief economist at the Commonwealth Bank of Australia, agreed.") == [
            "mike-lane person commonwealth-bank-of-australia: Mike Lane/name",
            "commonwealth-bank-of-australia company australia: Commonwealth Bank of Australia/name",
        ])
    }

    @Test func ofOrFromAnOrganisationAfterTheName() throws {
        #expect(try actorLines("Hana Voss of the Harbour Pilots Association objected.") == [
            "hana-voss person harbour-pilots-association: Hana Voss/name",
            "harbour-pilots-association organisation -: Harbour Pilots Association/name",
        ])
    }

    @Test func anOwnersRoleAfterTheName() throws {
        #expect(try actorLines("Rolf Amsel, Tamblin's chairman, resigned.") == [
            "rolf-amsel person tamblin: Rolf Amsel/name",
            "tamblin company -: Tamblin/name",
        ])
    }

    @Test func partyFiguresSpeakForTheirParty() throws {
        #expect(try actorLines("Lib Dem home affairs spokesman Mark Olden and Tory leader Ann Reeve both objected.") == [
            "liberal-democrats party united-kingdom: Lib Dem/demonym",
            "mark-olden person liberal-democrats: home affairs spokesman Mark Olden/name",
            "conservative-party party united-kingdom: Tory/demonym",
            "ann-reeve person conservative-party: leader Ann Reeve/name",
        ])
        #expect(try actorLines("For the Liberal Democrats, Ann Reeve called it reckless.") == [
            "liberal-democrats party united-kingdom: Liberal Democrats/name",
            "ann-reeve person liberal-democrats: Ann Reeve/name",
        ])
        // A body's one-word short name ending another body's name is no mention of the bundled body.
        #expect(try actorLines("The Trade Unions Congress said the wage was too low, and the US Congress agreed.") == [
            "trade-unions-congress organisation -: Trade Unions Congress/name",
            "us-congress government united-states: US Congress/name",
        ])
        // A shadow minister of 1997-2010 speaks for the Conservatives, the official opposition.
        #expect(try actorLines("Tory leader Ann Reeve spoke. Shadow foreign secretary Mark Olden said it was wrong.") == [
            "conservative-party party united-kingdom: Tory/demonym",
            "ann-reeve person conservative-party: leader Ann Reeve/name",
            "mark-olden person conservative-party: Shadow foreign secretary Mark Olden/name",
        ])
        // The Greens by their adjective, as Labour and the Tories are; a surname "Green" stays a name.
        #expect(try actorLines("Green MSP Mark Olden objected, and Tory MP Ann Green agreed.") == [
            "green-party-england-wales party united-kingdom: Green/demonym",
            "mark-olden person green-party-england-wales: MSP Mark Olden/name",
            "conservative-party party united-kingdom: Tory/demonym",
            "ann-green person conservative-party: MP Ann Green/name",
        ])
    }

    @Test func aMemberNounOfABodyBeforeANameIsATitle() throws {
        #expect(try actorLines("MEP Rob Kern left the party.") == ["rob-kern person -: MEP Rob Kern/name"])
    }

    @Test func aFormerOfficerSpeaksForNoOne() throws {
        #expect(try actorLines("Former Tamblin boss Rolf Amsel denied the charges.") == [
            "tamblin company -: Tamblin/name",
            "rolf-amsel person -: Rolf Amsel/name",
        ])
    }

    @Test func aCompanyOfficerWithNoCompanyNamedSpeaksForTheLastOne() throws {
        #expect(try actorLines("Tamblin shares fell. Chief executive Pia Lund said demand was weak.") == [
            "tamblin company -: Tamblin/name",
            "pia-lund person tamblin: Chief executive Pia Lund/name",
        ])
        // A nationality before a company role is no affiliation and no mention of the country.
        #expect(try actorLines("Tamblin, the Dutch carmaker, named a board. Dutch co-chairman Max Weller will lead it.") == [
            "tamblin company -: Tamblin/name",
            "max-weller person tamblin: co-chairman Max Weller/name",
        ])
    }

    @Test func theCompanysOrTheCharitysRoleIsTheLastOfThatKind() throws {
        #expect(try actorLines("The Tidewater Trust published figures. The charity's director, Barbara Holm, called them shocking.") == [
            "tidewater-trust organisation -: Tidewater Trust/name",
            "barbara-holm person tidewater-trust: Barbara Holm/name",
        ])
    }

    @Test func aMinisterWithNoCountryNamedSpeaksForTheCountryJustNamed() throws {
        #expect(try actorLines("Peru cut its budget. Finance Minister Ada Roth said cuts were needed.") == [
            "peru country -: Peru/name",
            "ada-roth person peru: Finance Minister Ada Roth/name",
        ])
        #expect(try actorLines("Home Secretary Jo Bell said the law would change.") == ["jo-bell person united-kingdom: Home Secretary Jo Bell/name"])
        // A title qualified by a name Parley does not know is that other country's.
        #expect(try actorLines("Peru cut its budget. Ruritanian Finance Minister Ada Roth objected.") == [
            "peru country -: Peru/name",
            "ada-roth person -: Finance Minister Ada Roth/name",
        ])
        // A president is only the president of a country named in the two sentences before.
        #expect(try actorLines("Peru cut its budget. Talks went on. Weeks later a deal was near. President Ada Roth objected.") == [
            "peru country -: Peru/name",
            "ada-roth person -: President Ada Roth/name",
        ])
    }

    @Test func aWellKnownOfficeHolderKnownBySurname() throws {
        #expect(try actorLines("Mr Blair said he would stay.") == ["blair person united-kingdom: Mr Blair/surname, he/pronoun"])
    }

    // MARK: - Governments named without their country

    @Test func theGovernmentAndADepartmentAreTheCountryTheArticleIsAbout() throws {
        #expect(try actorLines("Peru's economy shrank. The government blamed the drought, the Department for Roads said.") == [
            "peru country -: Peru/name, The government/metonym, Department for Roads/metonym",
        ])
    }

    @Test func aLegislaturesCommitteeIsItsOwnActorAndAnAdjectiveUseNone() throws {
        #expect(try actorLines("The Commons transport committee criticised the plan. She told a Commons inquiry it was sound.") == [
            "commons-transport-committee organisation house-of-commons: Commons transport committee/name",
        ])
    }

    // MARK: - People

    @Test func royalsAreNamedByTitle() throws {
        #expect(try actorLines("Prince Edmund and the Duke of Rosmere attended. The Queen was absent.") == [
            "prince-edmund person -: Prince Edmund/name",
            "duke-of-rosmere person -: Duke of Rosmere/name",
            "queen person -: Queen/role",
        ])
    }

    @Test func peopleByContext() throws {
        #expect(try actorLines("Harold Bishop said no. Lucy, 36, agreed. Ros Vale, who wrote the report, disagreed.") == [
            "harold-bishop person -: Harold Bishop/name",
            "lucy person -: Lucy/name",
            "ros-vale person -: Ros Vale/name",
        ])
    }

    @Test func aShorterFormOfALongerNameIsTheSamePerson() throws {
        #expect(try actorLines("Edith Lang Vesey arrived. Mrs Lang Vesey said she was pleased.") == [
            "edith-lang-vesey person -: Edith Lang Vesey/name, Mrs Lang Vesey/surname, she/pronoun",
        ])
    }

    // MARK: - Nationality nouns

    @Test func pluralNationalityNounsActingAreTheCountry() throws {
        #expect(try actorLines("The Dutch insist the quota is fair, and the Spanish are angry. A Dutch ship sank.") == [
            "netherlands country -: The Dutch/demonym",
            "spain country -: the Spanish/demonym",
        ])
    }

    @Test func aCountrysNameInsideAPlacesNameNamesNoOne() throws {
        #expect(try actorLines("A New South Wales inquiry criticised the plan, and voters in New Mexico backed it.") == [])
        // The country itself, and a place beside it, are still named.
        #expect(try actorLines("Hong Kong and Mexico backed the plan.") == [
            "hong-kong country -: Hong Kong/name",
            "mexico country -: Mexico/name",
        ])
    }

    // MARK: - Office holders in an article with no year

    @Test func theEraOfTheOtherOfficeHoldersSettlesAnUndatedOne() throws {
        // Michael Howard: a minister in 1993-97 and the Conservatives' leader in 1999-2005. With no
        // year and no one else, either could be meant; beside Tony Blair (1997-2007) and Charles
        // Kennedy (1999-2006) only the second overlaps; a year in the text decides on its own.
        // (Alone, neither office decides, and he is the Conservative he was throughout.)
        #expect(try actorLines("Michael Howard has denied the party was split.") == ["michael-howard person conservative-party: Michael Howard/name"])
        #expect(try actorLines("Michael Howard has denied the party was split. Tony Blair and Charles Kennedy said nothing.") == [
            "michael-howard person conservative-party: Michael Howard/name",
            "tony-blair person united-kingdom: Tony Blair/name",
            "charles-kennedy person liberal-democrats: Charles Kennedy/name",
        ])
        #expect(try actorLines("Michael Howard has denied the party was split in 1995.") == ["michael-howard person united-kingdom: Michael Howard/name"])
        // A year named once is as likely the past: the other office holders date the story first.
        #expect(try actorLines("Michael Howard said the party had not been split since 1995. Tony Blair and Charles Kennedy said nothing.") == [
            "michael-howard person conservative-party: Michael Howard/name",
            "tony-blair person united-kingdom: Tony Blair/name",
            "charles-kennedy person liberal-democrats: Charles Kennedy/name",
        ])
        // Named twice, it is the story's year, and neither of the others held office then: they
        // speak for the parties they belonged to.
        #expect(try actorLines("In 1995 Michael Howard said the party was not split. By 1995 Tony Blair and Charles Kennedy said nothing.") == [
            "michael-howard person united-kingdom: Michael Howard/name",
            "tony-blair person labour-party: Tony Blair/name",
            "charles-kennedy person liberal-democrats: Charles Kennedy/name",
        ])
    }

    @Test func whenTheOtherOfficeHoldersShareNoYearTheRecordTheyOverlapMostWins() throws {
        // Tony Blair (1997-2007) and Philip Hammond (2014-2019) share no year, so no era; Blair
        // shares one year with Howard the minister and seven with Howard the party leader.
        #expect(try actorLines("Michael Howard has denied the party was split. Tony Blair and Philip Hammond said nothing.") == [
            "michael-howard person conservative-party: Michael Howard/name",
            "tony-blair person united-kingdom: Tony Blair/name",
            "philip-hammond person united-kingdom: Philip Hammond/name",
        ])
    }

    // MARK: - Roles around the name

    @Test func anEmployeesRoleBeforeTheNameAndTheirFirmAfterIt() throws {
        #expect(try actorLines("\"Costs matter,\" said analyst Jo Bell at Petrel Securities.") == [
            "jo-bell person petrel-securities: analyst Jo Bell/name",
            "petrel-securities company -: Petrel Securities/name",
        ])
        // A politician "at" a party's conference keeps the office the text gives.
        #expect(try actorLines("Labour MP Jo Bell at Westminster said so.") == [
            "labour-party party united-kingdom: Labour/alias",
            "jo-bell person labour-party: MP Jo Bell/name",
        ])
    }

    @Test func theRoleOfAnOrganisationJustNamedBeforeTheNameAndAComma() throws {
        #expect(try actorLines("The chairman of the Harbour Trust, Jo Bell, warned of a real risk.") == [
            "jo-bell person harbour-trust: chairman/role, Jo Bell/name",
            "harbour-trust organisation -: Harbour Trust/name",
        ])
        // A noble title's "of" is part of the title.
        #expect(try actorLines("The Duke of Kent, Jo Bell, said so.") == ["jo-bell person -: Duke of Kent/role, Jo Bell/name"])
    }

    @Test func forumsAndPoliceForcesAreOrganisationsByTheirHeadNoun() throws {
        #expect(try actorLines("Jo Bell, assistant chief constable of Marisburg Constabulary, said it was wrong.") == [
            "jo-bell person marisburg-constabulary: Jo Bell/name",
            "marisburg-constabulary organisation -: Marisburg Constabulary/name",
        ])
        #expect(try actorLines("Jo Bell, from the Strel Valley Forum, said so.") == [
            "jo-bell person strel-valley-forum: Jo Bell/name",
            "strel-valley-forum organisation -: Strel Valley Forum/name",
        ])
    }

    @Test func aPronounAfterAPartyRoleAndNameStandsForThePerson() throws {
        // The person's span holds the role ("MEP Caroline Lucas"); the party before it is a qualifier.
        let text = "Labour MEP Caroline Lucas welcomed Tony Blair's \"courage in keeping his word\" on holding a referendum. But she added: \"This treaty is flawed.\""
        #expect(try actorLines(text) == [
            "caroline-lucas person labour-party: MEP Caroline Lucas/name, she/pronoun",
            "labour-party party united-kingdom: Labour/alias",
            "tony-blair person united-kingdom: Tony Blair/name",
        ])
    }
}
