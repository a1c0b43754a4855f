// Step 1 of a batch write: strips the evidence the batch's articles gave before from the relations they stated,
// and returns those relations (stale: deleted at the end if no evidence remains). Each article lists the relations
// it gives evidence for (relationIds, with a parallel list of an endpoint id), so this seeks, never scans.
// @param articleIds  LIST<STRING>  the batch's article ids
MATCH (a:Article)
WHERE a.id IN $articleIds
UNWIND range(0, size(coalesce(a.relationIds, [])) - 1) AS i
MATCH (s:Entity {id: a.relationSources[i]})-[r]-(:Entity)
WHERE r.id = a.relationIds[i]
WITH DISTINCT r
WITH r, [j IN range(0, size(r.evidenceKeys) - 1) WHERE NOT r.evidenceArticleIds[j] IN $articleIds] AS kept
WITH r,
     [j IN kept | r.evidenceKeys[j]] AS evidenceKeys,
     [j IN kept | r.evidenceArticleIds[j]] AS evidenceArticleIds,
     [j IN kept | r.evidenceSentences[j]] AS evidenceSentences,
     [j IN kept | r.evidenceStarts[j]] AS evidenceStarts,
     [j IN kept | r.evidenceEnds[j]] AS evidenceEnds,
     [j IN kept | r.evidenceConfidences[j]] AS evidenceConfidences
SET r.evidenceKeys = evidenceKeys,
    r.evidenceArticleIds = evidenceArticleIds,
    r.evidenceSentences = evidenceSentences,
    r.evidenceStarts = evidenceStarts,
    r.evidenceEnds = evidenceEnds,
    r.evidenceConfidences = evidenceConfidences
RETURN r.id AS id, startNode(r).id AS sourceId, endNode(r).id AS targetId
