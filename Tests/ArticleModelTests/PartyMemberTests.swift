import Foundation
import Testing
@testable import ArticleModel

/// Well-known politicians named with no affiliation take their party from roles.toml's party
/// members, by the article's year; each on invented sentences with the model's exact actors.
@Suite("Party members")
struct PartyMemberTests {
    @Test func aPoliticianNamedAloneIsTheirPartys() throws {
        #expect(try actorLines("Margaret Thatcher spoke in 2005 about the levy.") == [
            "margaret-thatcher person conservative-party: Margaret Thatcher/name",
        ])
        // Long gone by the article's year: the party of the nearest record.
        #expect(try actorLines("Harold Wilson was quoted in 2005 on the levy.") == [
            "harold-wilson person labour-party: Harold Wilson/name",
        ])
    }

    @Test func aDefectionStartsANewRecord() throws {
        // Robert Jackson left the Conservatives for Labour in January 2005.
        #expect(try actorLines("Robert Jackson spoke in 2003 about the levy.") == [
            "robert-jackson person conservative-party: Robert Jackson/name",
        ])
        #expect(try actorLines("Robert Jackson spoke in 2005 about the levy.") == [
            "robert-jackson person labour-party: Robert Jackson/name",
        ])
        // Two parties in one year: only the one the article names decides.
        #expect(try actorLines("Robert Kilroy-Silk said in 2005 that Veritas would win.") == [
            "robert-kilroy-silk person veritas: Robert Kilroy-Silk/name",
            "veritas party united-kingdom: Veritas/name",
        ])
        #expect(try actorLines("Robert Kilroy-Silk said in 2005 that UKIP and Veritas would win.") == [
            "robert-kilroy-silk person -: Robert Kilroy-Silk/name",
            "ukip party united-kingdom: UKIP/alias",
            "veritas party united-kingdom: Veritas/name",
        ])
    }

    @Test func theTextAndOfficesComeFirstAndAFamilyNameNeedsTheParty() throws {
        // An office held in the year speaks for the country, as before.
        #expect(try actorLines("Jack Straw said in 2005 that the levy was wrong.") == [
            "jack-straw person united-kingdom: Jack Straw/name",
        ])
        // "Lord Hattersley" alone is the Labour politician only where the article names Labour.
        #expect(try actorLines("Lord Hattersley said in 2005 that the levy was wrong.") == [
            "hattersley person -: Lord Hattersley/surname",
        ])
        #expect(try actorLines("Lord Hattersley said in 2005 that Labour was wrong.") == [
            "hattersley person labour-party: Lord Hattersley/surname",
            "labour-party party united-kingdom: Labour/alias",
        ])
    }
}
