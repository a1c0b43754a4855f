// Articles per publication month ('2026-02'), oldest first; undated articles are not counted.
// @param from  STRING  first publication day counted (yyyy-MM-dd), or null
// @param to    STRING  last publication day counted (yyyy-MM-dd), or null
MATCH (a:Article)
WHERE a.publishedOn IS NOT NULL
  AND ($from IS NULL OR a.publishedOn >= date($from))
  AND ($to IS NULL OR a.publishedOn <= date($to))
WITH substring(toString(a.publishedOn), 0, 7) AS name
RETURN name, count(*) AS n
ORDER BY name
