import ArticleModel

/// Five articles on a levy, quotas, the Iraq war and Tony Blair, written so that every rule of
/// the matrix across articles shows: issues named differently in different articles, an actor
/// on both sides in one article, an undated article, a name given differently once.
public enum SmallLibrary {
    public static let russia: ArticleFixtures.ActorSpec = ("russia", "Russia", .country, nil)
    public static let france: ArticleFixtures.ActorSpec = ("france", "France", .country, nil)
    public static let blair: ArticleFixtures.ActorSpec = ("tony-blair", "Tony Blair", .person, "labour")

    public static let articles: [Article] = [
        ArticleFixtures.article("a.txt", date: "2024-03-01", actors: [russia, france],
                                issues: [Issue(id: "levy", label: "levy"), Issue(id: "quotas", label: "quotas")],
                                stances: [("russia", "levy", .oppose, "Russia rejects the levy."), ("france", "levy", .support, "France backs the levy."),
                                          ("russia", "quotas", .support, "Russia wants quotas.")]),
        ArticleFixtures.article("b.txt", date: "2024-01-15", actors: [russia, france, blair],
                                issues: [Issue(id: "levy", label: "levy"), Issue(id: "quota", label: "quota")],
                                stances: [("russia", "levy", .support, "Russia backs the levy."), ("russia", "levy", .oppose, "Later Russia rejects the levy."),
                                          ("france", "quota", .support, "France backs a quota."), ("tony-blair", "levy", .support, "Mr Blair backs the levy.")]),
        ArticleFixtures.article("c.txt", actors: [("russia", "Russian Federation", .country, nil)],
                                issues: [Issue(id: "war-iraq", label: "war (Iraq)")],
                                stances: [("russia", "war-iraq", .oppose, "Russia opposed the war.")]),
        ArticleFixtures.article("d.txt", date: "2024-02-01", actors: [russia, france],
                                issues: [Issue(id: "war", label: "Iraq war"), Issue(id: "actor-tony-blair", label: "Blair", targetActor: "tony-blair")],
                                stances: [("russia", "war", .neutral, "Russia commented on the war."), ("france", "actor-tony-blair", .oppose, "France blames Mr Blair.")],
                                decidedByUser: [1]),
        ArticleFixtures.article("e.txt", date: "2024-05-01", actors: [russia], issues: [], stances: []),
    ]
}
