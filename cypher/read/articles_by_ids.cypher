// Articles by id, in one call; the store puts them in the order asked.
// @param ids  LIST<STRING>  article ids
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id, a.document AS document, a.title AS title, a.url AS url, a.publisher AS publisher,
       a.author AS author, a.publishedOn AS publishedOn, a.contentHash AS contentHash, a.text AS text
