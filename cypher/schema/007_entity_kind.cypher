// Kind alone (a kinds filter without a type, linking entities of one kind).
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)
