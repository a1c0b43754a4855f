namespace KnowledgeGraph.Store.Neo4j.Statements;

/// <summary>The statements the store runs, by file name under <c>cypher/</c>; start-up fails when one is missing.</summary>
public static class StatementNames
{
    public const string ForgetArticleRelations = "write/forget_article_relations";
    public const string ForgetArticleMentions = "write/forget_article_mentions";
    public const string UpsertArticles = "write/upsert_articles";
    public const string ExistingArticles = "write/existing_articles";
    public const string ExistingEntities = "write/existing_entities";
    public const string MergeEntities = "write/merge_entities";
    public const string MergeMentions = "write/merge_mentions";
    public const string MergeRelations = "write/merge_relations";
    public const string RefreshRelations = "write/refresh_relations";
    public const string DeleteUnsupportedRelations = "write/delete_unsupported_relations";
    public const string RefreshEntities = "write/refresh_entities";
    public const string DeleteUnsupportedEntities = "write/delete_unsupported_entities";

    public const string EntitiesByIds = "read/entities_by_ids";
    public const string EntitiesByNames = "read/entities_by_names";
    public const string CountEntities = "read/count_entities";
    public const string EntityPage = "read/entity_page";
    public const string RelationsTouching = "read/relations_touching";
    public const string LinkingEntities = "read/linking_entities";
    public const string RelationsBetween = "read/relations_between";
    public const string ArticlesByIds = "read/articles_by_ids";
    public const string Stats = "read/stats";

    public const string CoParticipants = "network/co_participants";
    public const string ParticipationLinks = "network/participation_links";
    public const string RelationsByKeys = "network/relations_by_keys";
    public const string BrokerScope = "network/broker_scope";
    public const string RankEntities = "network/rank_entities";
    public const string Changes = "network/changes";
    public const string CountByKind = "network/count_by_kind";
    public const string CountByProvince = "network/count_by_province";
    public const string ArticlesByMonth = "network/articles_by_month";

    public const string ArticlesSupporting = "curation/articles_supporting";
    public const string AllArticleIds = "curation/all_article_ids";
    public const string UnindexRelationsOfEntities = "curation/unindex_relations_of_entities";
    public const string ResetEntities = "curation/reset_entities";
    public const string UnindexAllRelations = "curation/unindex_all_relations";
    public const string ResetAll = "curation/reset_all";
    public const string RelationById = "curation/relation_by_id";
    public const string SnapshotEntities = "curation/snapshot_entities";
    public const string SnapshotRelations = "curation/snapshot_relations";

    public const string DecisionByRequest = "decisions/by_request";
    public const string NextDecisionSeq = "decisions/next_seq";
    public const string CreateDecision = "decisions/create";
    public const string DecisionBySeq = "decisions/by_seq";
    public const string MarkDecisionUndone = "decisions/mark_undone";
    public const string ActiveDecisions = "decisions/active";
    public const string AllDecisions = "decisions/all";
    public const string RaiseDecisionCounter = "decisions/raise_counter";
    public const string ImportDecisions = "decisions/import";

    public const string ClearGraph = "admin/clear_graph";

    /// <summary>Schema statements are every file under this folder, applied in file-name order.</summary>
    public const string SchemaFolder = "schema";

    public static IReadOnlyList<string> Required { get; } =
    [
        ForgetArticleRelations, ForgetArticleMentions, UpsertArticles, ExistingArticles, ExistingEntities, MergeEntities,
        MergeMentions, MergeRelations, RefreshRelations, DeleteUnsupportedRelations, RefreshEntities, DeleteUnsupportedEntities,
        EntitiesByIds, EntitiesByNames, CountEntities, EntityPage, RelationsTouching, LinkingEntities, RelationsBetween,
        ArticlesByIds, Stats, CoParticipants, ParticipationLinks, RelationsByKeys, BrokerScope, RankEntities, Changes, CountByKind,
        CountByProvince, ArticlesByMonth, ArticlesSupporting, AllArticleIds, UnindexRelationsOfEntities, ResetEntities,
        UnindexAllRelations, ResetAll, RelationById, SnapshotEntities, SnapshotRelations, DecisionByRequest, NextDecisionSeq,
        CreateDecision, DecisionBySeq, MarkDecisionUndone, ActiveDecisions, AllDecisions, RaiseDecisionCounter, ImportDecisions, ClearGraph,
    ];
}
