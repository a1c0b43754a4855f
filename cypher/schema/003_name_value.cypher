// One Name node per normalised name; resolution (read/entities_by_names) seeks on it.
CREATE CONSTRAINT name_value IF NOT EXISTS FOR (n:Name) REQUIRE n.value IS UNIQUE
