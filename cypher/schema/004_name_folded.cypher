// Name-fragment search (read/entity_page, read/count_entities) is CONTAINS over the case-folded name: a text index serves it.
CREATE TEXT INDEX name_folded IF NOT EXISTS FOR (n:Name) ON (n.folded)
