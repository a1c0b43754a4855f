-- Resolution tells people of one name apart by their affiliation. Looking up a common name (hundreds of namesakes in a
-- large graph) used to load every namesake's row to read its affiliation, so the lookup grew with the graph. The
-- affiliation (normalised, as the resolver compares it) now sits beside each name of a person, in the name index:
-- the namesakes with a given affiliation are one index seek away, the others are counted from the index alone.
-- '' = no affiliation (every entity that is not a person, and people without one). normalize_name is Ids.Normalize,
-- registered on the migrating connection; the batch writer keeps the column current afterwards.
ALTER TABLE entity_names ADD COLUMN scope TEXT NOT NULL DEFAULT '';

UPDATE entity_names SET scope = normalize_name(json_extract(e.properties, '$.affiliation'))
FROM entities e
WHERE e.id = entity_names.entity_id AND e.type = 'Person' AND json_extract(e.properties, '$.affiliation') IS NOT NULL;

-- Same leading column as the index it replaces, so name lookups and name search keep their plans.
CREATE INDEX ix_entity_names_scope ON entity_names (normalized, scope, entity_id);
DROP INDEX ix_entity_names_normalized;
