// Step 1 of a curation reset: the relations touching the given entities are about to be deleted, so the articles that
// give evidence for them drop them from their evidence index (relationIds and its parallel relationSources).
// @param ids  LIST<STRING>  entity ids being reset
MATCH (e:Entity)-[r]-(:Entity)
WHERE e.id IN $ids
WITH DISTINCT r
UNWIND r.evidenceArticleIds AS articleId
WITH articleId, collect(DISTINCT r.id) AS gone
MATCH (a:Article {id: articleId})
WITH a, [i IN range(0, size(coalesce(a.relationIds, [])) - 1) WHERE NOT a.relationIds[i] IN gone] AS kept
SET a.relationIds = [i IN kept | a.relationIds[i]],
    a.relationSources = [i IN kept | a.relationSources[i]]
