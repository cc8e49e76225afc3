import GRDB

extension LibrarySchema {
    /// The analyst's corrections, in a table of their own: the model's output (`analysis`) is
    /// thrown away whenever the model changes, the corrections never are.
    ///
    /// - `correction`: one decision a row, in the order made (`id`). `contentHash` and `source`
    ///   name the article it was made in (both null for a decision about an actor or an issue
    ///   across the library); `kind` and `fields` are `CorrectionCoding`'s text; `sentences`
    ///   the evidence sentences' text it is tied to.
    static func registerCorrections(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3 corrections") { db in
            try db.create(table: "correction") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("contentHash", .text).indexed()
                t.column("source", .text).indexed()
                t.column("kind", .text).notNull()
                t.column("fields", .text).notNull()
                t.column("sentences", .text).notNull().defaults(to: "")
                t.column("decidedAt", .text).notNull()
            }
        }
    }
}
