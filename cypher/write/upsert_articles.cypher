// Step 3 of a batch write: upserts the articles. An unchanged article (same content hash) keeps its ingest time and
// place, an edited one counts as newly ingested at its place in this batch (ingestOrder: curation and rebuilds replay
// articles in ingest order, and the articles of one batch share their ingest time). seenAt (publication day at
// midnight UTC, else ingest time) is what relation and entity dates are computed from. The evidence index is emptied: step 1 removed what it pointed to.
// @param rows        LIST<MAP>  {id, ingestOrder: place in the batch, document, title, url, publisher, author, publishedOn: yyyy-MM-dd or null, contentHash, text}
// @param ingestedAt  STRING     this write's time, ISO-8601 UTC
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row, a.contentHash = row.contentHash AS unchanged
WITH a, row, unchanged, CASE WHEN unchanged THEN a.ingestedAt ELSE datetime($ingestedAt) END AS ingestedAt
SET a.document = row.document,
    a.title = row.title,
    a.url = row.url,
    a.publisher = row.publisher,
    a.author = row.author,
    a.publishedOn = date(row.publishedOn),
    a.contentHash = row.contentHash,
    a.text = row.text,
    a.ingestedAt = ingestedAt,
    a.ingestOrder = CASE WHEN unchanged THEN a.ingestOrder ELSE row.ingestOrder END,
    a.seenAt = CASE WHEN row.publishedOn IS NULL THEN ingestedAt ELSE datetime({date: date(row.publishedOn), timezone: 'Z'}) END,
    a.relationIds = [],
    a.relationSources = []
