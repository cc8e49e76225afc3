import Foundation
import Testing
@testable import ArticleModel

/// Bodies known by their initials: the initials of a body already named are that body, and
/// "the XYZ" acting is a body of its own; a role's or a thing's initials are neither.
@Suite("Initials")
struct InitialsTests {
    @Test func initialsOfABodyNamedBeforeAreThatBody() throws {
        #expect(try actorLines("The Harbour Safety Agency reported losses. Later the HSA said it would close.") == [
            "harbour-safety-agency organisation -: Harbour Safety Agency/name, HSA/alias",
        ])
    }

    @Test func theInitialsActingAreABody() throws {
        #expect(try actorLines("The RAC welcomed the freeze on fuel duty.") == ["rac organisation -: RAC/name"])
        // A role's or a thing's initials are no body, nor initials with no "the" before them.
        #expect(try actorLines("The CEO said he was happy.") == [])
        #expect(try actorLines("Firms said ICT can help them grow.") == [])
    }
}
