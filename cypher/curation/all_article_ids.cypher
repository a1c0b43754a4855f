// Every stored article id in ingest order (ingest time, then place in its batch): the order a rebuild replays them in,
// since resolution gives a body the id of the first form it meets.
MATCH (a:Article)
RETURN a.id AS id
ORDER BY a.ingestedAt, a.ingestOrder, id
