// The articles curation re-derives when the given entities change: those that mention one, and those that give
// evidence for a relation touching one. In ingest order (ingest time, then place in its batch), as they are replayed.
// @param ids  LIST<STRING>  entity ids
CALL () {
  MATCH (e:Entity)-[:MENTIONED_IN]->(a:Article)
  WHERE e.id IN $ids
  RETURN a
  UNION
  MATCH (e:Entity)-[r]-(:Entity)
  WHERE e.id IN $ids
  UNWIND r.evidenceArticleIds AS articleId
  MATCH (a:Article {id: articleId})
  RETURN a
}
RETURN a.id AS id
ORDER BY a.ingestedAt, a.ingestOrder, id
