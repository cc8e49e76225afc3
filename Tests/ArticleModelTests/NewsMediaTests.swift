import Foundation
import Testing
@testable import ArticleModel

/// Broadcasters, agencies and newspapers are actors; their journalists speak for them, and being
/// told something or commissioning a poll makes them no one's employer or speaker.
@Suite("News media")
struct NewsMediaTests {
    @Test func aJournalistSpeaksForTheirMedium() throws {
        #expect(try actorLines("BBC correspondent Stephen Cape said the unions were united.") == [
            "bbc organisation united-kingdom: BBC/name",
            "stephen-cape person bbc: correspondent Stephen Cape/name",
        ])
        #expect(try actorLines("He was approached by Evening Standard reporter Oliver Finegold.") == [
            "evening-standard company united-kingdom: Evening Standard/name",
            "oliver-finegold person evening-standard: reporter Oliver Finegold/name",
        ])
    }

    @Test func whomSomethingIsToldIsNoOnesEmployer() throws {
        #expect(try actorLines("A source told the Sunday Times Mr Bell would run the campaign.") == [
            "sunday-times company united-kingdom: Sunday Times/name",
            "bell person -: Mr Bell/surname",
        ])
    }
}
