// Entity lists are ordered and keyset-paged by (name, id).
CREATE INDEX entity_name_id IF NOT EXISTS FOR (e:Entity) ON (e.name, e.id)
