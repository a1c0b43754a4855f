// Step 7 of a batch write: recomputes what derives from evidence: confidence (the highest over evidence) and the
// first/last seen dates of the citing articles. A relation without evidence keeps its stated confidence and dates.
// @param rows  LIST<MAP>  {id, sourceId}: relations the batch wrote or made stale; sourceId may be either endpoint
UNWIND $rows AS row
MATCH (:Entity {id: row.sourceId})-[r]-(:Entity)
WHERE r.id = row.id
WITH DISTINCT r
OPTIONAL MATCH (a:Article)
WHERE a.id IN r.evidenceArticleIds
WITH r, min(a.seenAt) AS firstSeen, max(a.seenAt) AS lastSeen
SET r.confidence = CASE WHEN size(r.evidenceConfidences) = 0 THEN r.confidence
                        ELSE reduce(m = 0.0, c IN r.evidenceConfidences | CASE WHEN c > m THEN c ELSE m END) END,
    r.firstSeen = coalesce(firstSeen, r.firstSeen),
    r.lastSeen = coalesce(lastSeen, r.lastSeen)
