// The whole graph's entities in comparable form (curation checks, re-extraction reports): each with its aliases and
// its mentions as "article:start-end" strings. The store sorts and joins them like the embedded store does.
MATCH (e:Entity)
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, collect(a.id + ':' + toString(m.startOffset) + '-' + toString(m.endOffset)) AS mentions
RETURN e.id AS id, e.type AS type, e.name AS name, e.kind AS kind, e.aliases AS aliases, mentions
