// Step 3 of a batch write: upserts the articles. An unchanged article (same content hash) keeps its ingest time, an
// edited one counts as newly ingested. seenAt (publication day at midnight UTC, else ingest time) is what relation
// and entity dates are computed from. The evidence index is emptied: step 1 removed what it pointed to.
// @param rows        LIST<MAP>  {id, document, title, url, publisher, author, publishedOn: yyyy-MM-dd or null, contentHash, text}
// @param ingestedAt  STRING     this write's time, ISO-8601 UTC
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row, CASE WHEN a.contentHash = row.contentHash THEN a.ingestedAt ELSE datetime($ingestedAt) END AS ingestedAt
SET a.document = row.document,
    a.title = row.title,
    a.url = row.url,
    a.publisher = row.publisher,
    a.author = row.author,
    a.publishedOn = date(row.publishedOn),
    a.contentHash = row.contentHash,
    a.text = row.text,
    a.ingestedAt = ingestedAt,
    a.seenAt = CASE WHEN row.publishedOn IS NULL THEN ingestedAt ELSE datetime({date: date(row.publishedOn), timezone: 'Z'}) END,
    a.relationIds = [],
    a.relationSources = []
