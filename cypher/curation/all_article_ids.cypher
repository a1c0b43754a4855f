// Every stored article id, oldest ingest first, then by id: the order a rebuild replays them in. (Articles written in
// one batch share their ingest time; the embedded store keeps their batch order, here they go by id.)
MATCH (a:Article)
RETURN a.id AS id
ORDER BY a.ingestedAt, id
