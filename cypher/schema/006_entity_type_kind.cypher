// Lists filter by type and organisation kind; linking entities filter by kind.
CREATE INDEX entity_type_kind IF NOT EXISTS FOR (e:Entity) ON (e.type, e.kind)
