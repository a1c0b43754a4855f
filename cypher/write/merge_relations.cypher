// Step 6 of a batch write: merges relations, typed by the ontology relation type. A symmetric relation stated the
// other way round finds the stored one (same id) instead of adding a second. Properties: the batch wins per key;
// confidence: the highest stated. Evidence is keyed by (article, start, end): a known key takes the new sentence and
// the higher confidence, a new key is appended (each evidence keeps the highest confidence any statement of it had). Each cited article records the relation in its evidence index.
// @param rows  LIST<MAP>  {id, type, sourceId, targetId, propertyKeys, propertyValues, confidence, evidenceKeys, evidenceArticleIds, evidenceSentences, evidenceStarts, evidenceEnds, evidenceConfidences, citedArticleIds}
UNWIND $rows AS row
MATCH (s:Entity {id: row.sourceId})
MATCH (t:Entity {id: row.targetId})
OPTIONAL MATCH (t)-[reversed {id: row.id}]->(s)
WITH row, CASE WHEN reversed IS NULL THEN s ELSE t END AS source, CASE WHEN reversed IS NULL THEN t ELSE s END AS target
MERGE (source)-[r:$(row.type) {id: row.id}]->(target)
  ON CREATE SET r.propertyKeys = [], r.propertyValues = [], r.confidence = row.confidence,
                r.evidenceKeys = [], r.evidenceArticleIds = [], r.evidenceSentences = [], r.evidenceStarts = [], r.evidenceEnds = [],
                r.evidenceConfidences = []
WITH r, row, source,
     [i IN range(0, size(r.propertyKeys) - 1) WHERE NOT r.propertyKeys[i] IN row.propertyKeys] AS keptProperties,
     [i IN range(0, size(r.evidenceKeys) - 1) WHERE NOT r.evidenceKeys[i] IN row.evidenceKeys] AS keptEvidence
WITH r, row, source,
     [i IN keptProperties | r.propertyKeys[i]] + row.propertyKeys AS propertyKeys,
     [i IN keptProperties | r.propertyValues[i]] + row.propertyValues AS propertyValues,
     CASE WHEN r.confidence > row.confidence THEN r.confidence ELSE row.confidence END AS confidence,
     [i IN keptEvidence | r.evidenceKeys[i]] + row.evidenceKeys AS evidenceKeys,
     [i IN keptEvidence | r.evidenceArticleIds[i]] + row.evidenceArticleIds AS evidenceArticleIds,
     [i IN keptEvidence | r.evidenceSentences[i]] + row.evidenceSentences AS evidenceSentences,
     [i IN keptEvidence | r.evidenceStarts[i]] + row.evidenceStarts AS evidenceStarts,
     [i IN keptEvidence | r.evidenceEnds[i]] + row.evidenceEnds AS evidenceEnds,
     [i IN keptEvidence | r.evidenceConfidences[i]]
       + [n IN range(0, size(row.evidenceKeys) - 1) | reduce(c = row.evidenceConfidences[n], i IN range(0, size(r.evidenceKeys) - 1) |
           CASE WHEN r.evidenceKeys[i] = row.evidenceKeys[n] AND r.evidenceConfidences[i] > c THEN r.evidenceConfidences[i] ELSE c END)] AS evidenceConfidences
SET r.propertyKeys = propertyKeys,
    r.propertyValues = propertyValues,
    r.confidence = confidence,
    r.evidenceKeys = evidenceKeys,
    r.evidenceArticleIds = evidenceArticleIds,
    r.evidenceSentences = evidenceSentences,
    r.evidenceStarts = evidenceStarts,
    r.evidenceEnds = evidenceEnds,
    r.evidenceConfidences = evidenceConfidences
WITH r, row, source
UNWIND row.citedArticleIds AS articleId
MATCH (a:Article {id: articleId})
WITH a, r, source
WHERE NOT r.id IN a.relationIds
SET a.relationIds = a.relationIds + r.id, a.relationSources = a.relationSources + source.id
