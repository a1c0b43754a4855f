// Deletes every node and relationship of the database. Only the live contract tests run it, on a scratch database.
MATCH (n)
DETACH DELETE n
