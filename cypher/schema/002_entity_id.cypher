// Entity ids are unique (content-derived, see Ids.Entity); MERGE and lookups by id use the backing index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE
