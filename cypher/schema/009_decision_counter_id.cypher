// The one counter node that numbers decisions (decisions/next_seq MERGEs it): unique, so two first decisions made at
// once cannot create two counters.
CREATE CONSTRAINT decision_counter_id IF NOT EXISTS FOR (c:DecisionCounter) REQUIRE c.id IS UNIQUE
