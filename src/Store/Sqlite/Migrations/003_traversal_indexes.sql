-- Traversals (neighbourhoods, paths) read only the id, type and ends of the relations touching a frontier, and load the
-- full rows only for the edges they keep. Covering indexes answer those level reads from the index alone, without a
-- table lookup per relation (a hub has tens of thousands). Same leading columns as the indexes they replace, so every
-- other query that used (source_id, type) or (target_id, type) keeps its plan.
CREATE INDEX ix_relations_source_cover ON relations (source_id, type, target_id, id);
CREATE INDEX ix_relations_target_cover ON relations (target_id, type, source_id, id);
DROP INDEX ix_relations_source_type;
DROP INDEX ix_relations_target_type;
