// Deletes every node and relationship of the database, decisions and their counter included. Only the live contract
// tests run it, on a scratch database: each test starts from an empty graph and an empty decision log.
MATCH (n)
DETACH DELETE n
