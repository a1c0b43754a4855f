// Step 5 of a batch write: one MENTIONED_IN per (entity, article, span); the first sentence stored for a span stays.
// @param rows  LIST<MAP>  {entityId, articleId, sentence, startOffset, endOffset}
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MATCH (a:Article {id: row.articleId})
MERGE (e)-[m:MENTIONED_IN {startOffset: row.startOffset, endOffset: row.endOffset}]->(a)
  ON CREATE SET m.sentence = row.sentence
