import Testing
@testable import TOMLData

@Suite("TOML parser")
struct TOMLParserTests {
    @Test func tablesArraysOfTablesAndValues() throws {
        let root = try TOMLParser.parse("""
            # a comment
            name = "default"   # trailing comment
            count = 42
            ratio = 1.5
            on = true
            words = ["a", 'b',   # comments inside arrays
                     "c\\"d",
            ]

            [elements]
            text = { fg = "red", attrs = ["bold", "dim"] }
            "quoted key" = "x"

            [[country]]
            id = "france"
            aliases = []

            [[country]]
            id = "spain"
            """)
        #expect(root.keys == ["name", "count", "ratio", "on", "words", "elements", "country"])
        #expect(try root.string("name") == "default")
        #expect(try root.integer("count") == 42)
        #expect(root["ratio"] == .float(1.5))
        #expect(root["on"] == .bool(true))
        #expect(try root.strings("words") == ["a", "b", "c\"d"])
        let text = try root.table("elements").table("text")
        #expect(try text.string("fg") == "red")
        #expect(try text.strings("attrs") == ["bold", "dim"])
        #expect(try root.table("elements").string("quoted key") == "x")
        let countries = try root.tables("country")
        #expect(try countries.map { try $0.string("id") } == ["france", "spain"])
        #expect(countries[1].path == "country[1]")
        #expect(countries[1].line == 18)
        #expect(try countries[0].strings("aliases") == [])
    }

    @Test func stringsEscapesAndMultiLine() throws {
        let root = try TOMLParser.parse("a = \"tab\\tnew\\nline \\u00e9 \\U0001F600\"\nb = '''\nraw \\n\n'''\nc = \"\"\"\nfirst \\\n   second\"\"\"\nd = 'Łukasz'")
        #expect(try root.string("a") == "tab\tnew\nline é 😀")
        #expect(try root.string("b") == "raw \\n\n")
        #expect(try root.string("c") == "first second")
        #expect(try root.string("d") == "Łukasz")
    }

    @Test func dottedKeysAndHeaders() throws {
        let root = try TOMLParser.parse("a.b = 1\n[x.y]\nz = 2\n[[list.item]]\nv = 3")
        #expect(try root.table("a").integer("b") == 1)
        #expect(try root.table("x").table("y").integer("z") == 2)
        #expect(try root.table("list").tables("item").first?.integer("v") == 3)
    }

    @Test("Errors name the line and the problem", arguments: [
        ("name = \"open", "line 1: string is not closed with '\"'"),
        ("a = 1\nb = [1, 2", "line 2: array is not closed with ']'"),
        ("a = 1\na = 2", "line 2: key 'a' is set twice"),
        ("\n\nname == 1", "line 3: expected a value, found '='"),
        ("colour = red", "line 1: 'red' is not a value (strings need quotes)"),
        ("[t]\n[t]", "line 2: table [t] is defined twice"),
        ("a = 1 b = 2", "line 1: unexpected 'b' after the value"),
        ("x = \"\\q\"", "line 1: unknown escape '\\q'"),
        ("a = { b = 1", "line 1: inline table is not closed with '}'"),
        ("= 3", "line 1: expected a key, found '='"),
    ])
    func errors(text: String, message: String) {
        #expect(throws: TOMLError.self) { try TOMLParser.parse(text) }
        do {
            _ = try TOMLParser.parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func typedAccessNamesTheKey() throws {
        let root = try TOMLParser.parse("[[country]]\nid = 3\n")
        let country = try root.tables("country")[0]
        #expect(throws: TOMLError(line: 1, message: "'id' in country[0] must be a string")) { try country.string("id") }
        #expect(throws: TOMLError(line: 1, message: "missing key 'name' in country[0]")) { try country.string("name") }
        #expect(throws: TOMLError(line: 1, message: "unknown key 'id' in country[0] (known: name)")) { try country.checkKeys(["name"]) }
    }
}
