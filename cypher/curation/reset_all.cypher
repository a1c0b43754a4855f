// Step 2 of a full curation reset (rebuild): deletes every entity (with its mentions and relations) and every name.
// Articles and Decision nodes stay: the rebuild re-extracts the one and applies the other.
MATCH (n)
WHERE n:Entity OR n:Name
DETACH DELETE n
