import Foundation
import Testing
@testable import ArticleModel

/// "The prime minister", "the Tory leader": a role named with no name is the person the article
/// names who held that office (roles.toml's office terms), each on invented sentences with the
/// model's exact actors and mentions.
@Suite("Office terms")
struct OfficeTermTests {
    @Test func theOfficeIsThePersonNamedWhoHeldIt() throws {
        #expect(try actorLines("Tony Blair spoke on Monday. The prime minister has called for action on the dock levy.") == [
            "tony-blair person united-kingdom: Tony Blair/name, prime minister/role",
        ])
        // A family name alone is enough, and a party's adjective picks the party's office.
        #expect(try actorLines("Mr Howard spoke on Monday. The Tory leader called for calm.") == [
            "howard person conservative-party: Mr Howard/surname, Tory leader/role",
        ])
    }

    @Test func noOneWhoHeldItOrTwoWhoDidLeaveTheRoleUnnamed() throws {
        // Gordon Brown was prime minister too (2007-10): with both named, the role names neither.
        #expect(try actorLines("Tony Blair and Gordon Brown spoke. The prime minister called for calm.") == [
            "tony-blair person united-kingdom: Tony Blair/name",
            "gordon-brown person united-kingdom: Gordon Brown/name",
        ])
        // Charles Kennedy never held it.
        #expect(try actorLines("Charles Kennedy spoke. The prime minister called for calm.") == [
            "charles-kennedy person liberal-democrats: Charles Kennedy/name",
        ])
    }
}
