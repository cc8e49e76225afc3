import Foundation
import Testing
@testable import Markup

@Suite("libxml2 wrapper")
struct MarkupTests {
    @Test func htmlIsParsedTolerantlyWithLowerCaseNamesAndDecodedEntities() {
        let root = Markup.parseHTML(Array("<HTML><Body><P Class=lead>Caf&eacute; &amp; bar<p>Second</BODY>".utf8))
        #expect(root.name == "html")
        let paragraphs = root.descendants { $0.name == "p" }
        #expect(paragraphs.map(\.text) == ["Café & bar", "Second"])
        #expect(paragraphs.first?.attribute("class") == "lead")
    }

    @Test func emptyAndBinaryInputGiveAnEmptyPage() {
        #expect(Markup.parseHTML([]) == MarkupElement(name: "html"))
        _ = Markup.parseHTML([0, 1, 2, 0xFF, 0xFE, 0])
    }

    @Test func xmlKeepsNamespacesAndCDATA() throws {
        let xml = """
            <?xml version="1.0"?>
            <rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
            <content:encoded><![CDATA[<p>Hello</p>]]></content:encoded></item></channel></rss>
            """
        let document = try Markup.parseXML(Array(xml.utf8), recover: false)
        #expect(document.problem == nil)
        let encoded = document.root.descendants { $0.name == "encoded" }
        #expect(encoded.first?.namespace == "http://purl.org/rss/1.0/modules/content/")
        #expect(encoded.first?.text == "<p>Hello</p>")
    }

    @Test func illFormedXMLIsRefusedOrRecovered() throws {
        let xml = Array("<rss><channel><title>One &amp; two</title><item><title>Broken</item></channel>".utf8)
        #expect(throws: MarkupError.self) { try Markup.parseXML(xml, recover: false) }
        let recovered = try Markup.parseXML(xml, recover: true)
        #expect(recovered.problem?.hasPrefix("not well-formed XML: ") == true)
        #expect(recovered.root.descendants { $0.name == "title" }.first?.text == "One & two")
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        xml += "]>\n<rss><channel><title>&lol9;</title></channel></rss>\n"
        let start = ContinuousClock.now
        for recover in [false, true] {
            #expect(throws: MarkupError("entity expansion refused (a \"billion laughs\" document)")) {
                try Markup.parseXML(Array(xml.utf8), recover: recover)
            }
        }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func externalEntitiesAndDTDsAreNeverRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("markup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try "TOP-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "\(folder.appendingPathComponent("remote.dtd").path)" [
            <!ENTITY leak SYSTEM "file://\(secret.path)">
            ]>
            <rss><channel><title>before &leak; after</title></channel></rss>
            """
        let document = try Markup.parseXML(Array(xml.utf8), recover: true)
        let title = document.root.descendants { $0.name == "title" }.first?.text
        #expect(title == "before  after")
    }

    @Test func aDTDOnTheNetworkIsNotFetched() throws {
        // Port 9 (discard) on this machine: a fetch would hang or fail; none is made.
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Example//DTD RSS//EN" "http://127.0.0.1:9/rss.dtd">
            <rss><channel><title>Caf&#233; news</title></channel></rss>
            """
        let start = ContinuousClock.now
        let document = try Markup.parseXML(Array(xml.utf8), recover: false)
        #expect(document.root.descendants { $0.name == "title" }.first?.text == "Café news")
        #expect(ContinuousClock.now - start < .seconds(1))
    }
}
